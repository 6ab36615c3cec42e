package fr.parole.coding;

import java.util.List;

/** Anything that suggests codes for a text: rules, a learned model, or both. */
public interface Coder {
  List<Suggestion> suggest(String text);
}
