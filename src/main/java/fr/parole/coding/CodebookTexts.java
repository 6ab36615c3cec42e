package fr.parole.coding;

import fr.parole.nlp.TaggedText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import opennlp.tools.doccat.DocumentSample;

/**
 * A dimension's codebook as training texts: each code's examples, and its label with its
 * definition, each labelled with the code the people's codings use for it. People often code at
 * the top of the tree ({@code levier}) while the codebook describes sub-codes ({@code formation}):
 * a sub-code's texts then teach its closest ancestor that the codings use. Codes with no such
 * ancestor (a branch nobody has used) give no text, so the model only learns the codes people use.
 */
final class CodebookTexts {
  private final Dimension dimension;
  private final boolean examples;
  private final boolean definitions;

  CodebookTexts(Dimension dimension, boolean examples, boolean definitions) {
    this.dimension = dimension;
    this.examples = examples;
    this.definitions = definitions;
  }

  /** A code's text and the code it teaches. */
  record Text(String code, String text) {}

  /** The texts, each labelled with the closest ancestor-or-self among {@code codesInUse}. */
  List<Text> texts(Collection<String> codesInUse) {
    Set<String> used = new TreeSet<>(codesInUse);
    List<Text> texts = new ArrayList<>();
    for (Code code : dimension.codes()) {
      String label = closestUsed(dimension, code, used);
      if (label == null) {
        continue;
      }
      if (definitions && code.definition() != null && !code.definition().isBlank()) {
        texts.add(new Text(label, code.label() + ". " + code.definition().strip()));
      }
      if (examples) {
        code.examples().forEach(example -> texts.add(new Text(label, example)));
      }
    }
    return texts;
  }

  List<DocumentSample> samples(Collection<String> codesInUse, Function<String, TaggedText> tagger,
      TextFeatures features) {
    return texts(codesInUse).stream()
        .map(t -> new DocumentSample(t.code(), features.of(tagger.apply(t.text())))).toList();
  }

  /** The closest ancestor-or-self of {@code code} among {@code used}, or null. */
  static String closestUsed(Dimension dimension, Code code, Set<String> used) {
    Code current = code;
    while (current != null) {
      if (used.contains(current.id())) {
        return current.id();
      }
      current = current.parent() == null ? null : dimension.code(current.parent()).orElse(null);
    }
    return null;
  }
}
