package fr.parole.coding;

import fr.parole.nlp.TaggedText;
import java.util.List;

/**
 * Anything that suggests codes for a text: rules, a learned model, or both. Coders read the
 * tagged text (words, lemmas, parts of speech, negation), so a text is tagged once for all of
 * them; {@link TextCoder} tags plain text first.
 */
public interface Coder {
  List<Suggestion> suggest(TaggedText text);
}
