package fr.parole.coding;

import fr.parole.coding.SegmentTerms.Occurrence;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a phrase occurs in one text, with Lucene's phrase semantics: each word at its position in
 * the query relative to the others, give or take the slop. Lucene's sloppy match length is the
 * spread of (position in text − position in query) over the words, which must not exceed the
 * slop ("a b"~2 finds "b a"); the same word twice in the query needs two different positions.
 * Texts are segments of a few dozen words, so trying the combinations is cheap; the search stops
 * after {@value #MAX_TRIES} of them.
 */
final class PhraseSearch {
  private static final int MAX_TRIES = 100_000;

  private final List<List<Occurrence>> occurrences;
  private final int[] offsets;
  private final int slop;
  private final Occurrence[] chosen;
  private final List<Occurrence> hits = new ArrayList<>();
  private int tries;

  PhraseSearch(List<List<Occurrence>> occurrences, int[] offsets, int slop) {
    this.occurrences = occurrences;
    this.offsets = offsets;
    this.slop = slop;
    this.chosen = new Occurrence[offsets.length];
  }

  /** The occurrences of the phrase's words in every match, or null when it does not occur. */
  List<Occurrence> hits() {
    if (slop == 0) {
      exact();
    } else {
      choose(0);
    }
    return hits.isEmpty() ? null : hits;
  }

  private void exact() {
    for (Occurrence first : occurrences.get(0)) {
      int base = first.position() - offsets[0];
      List<Occurrence> match = new ArrayList<>(offsets.length);
      for (int i = 0; i < offsets.length; i++) {
        Occurrence at = at(occurrences.get(i), base + offsets[i]);
        if (at == null) {
          match = null;
          break;
        }
        match.add(at);
      }
      if (match != null) {
        hits.addAll(match);
      }
    }
  }

  private static Occurrence at(List<Occurrence> list, int position) {
    for (Occurrence occurrence : list) {
      if (occurrence.position() == position) {
        return occurrence;
      }
    }
    return null;
  }

  private void choose(int word) {
    if (tries > MAX_TRIES) {
      return;
    }
    if (word == chosen.length) {
      tries++;
      int min = Integer.MAX_VALUE;
      int max = Integer.MIN_VALUE;
      for (int i = 0; i < chosen.length; i++) {
        int shift = chosen[i].position() - offsets[i];
        min = Math.min(min, shift);
        max = Math.max(max, shift);
      }
      if (max - min <= slop) {
        hits.addAll(List.of(chosen));
      }
      return;
    }
    for (Occurrence candidate : occurrences.get(word)) {
      if (!taken(candidate, word)) {
        chosen[word] = candidate;
        choose(word + 1);
      }
    }
  }

  private boolean taken(Occurrence candidate, int upTo) {
    for (int i = 0; i < upTo; i++) {
      if (chosen[i].position() == candidate.position()) {
        return true;
      }
    }
    return false;
  }
}
