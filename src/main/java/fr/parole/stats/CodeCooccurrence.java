package fr.parole.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Co-occurrence of codes within segments, e.g. which obstacles are raised together. */
public final class CodeCooccurrence {

  /** Codes in alphabetical order; a segment coded twice with the same code counts once. */
  public CooccurrenceMatrix compute(Collection<CodedSegment> codings) {
    Map<Long, Set<String>> codesBySegment = new TreeMap<>();
    TreeSet<String> allCodes = new TreeSet<>();
    for (CodedSegment coding : codings) {
      codesBySegment.computeIfAbsent(coding.segment(), s -> new TreeSet<>()).add(coding.code());
      allCodes.add(coding.code());
    }
    List<String> codes = new ArrayList<>(allCodes);
    Map<String, Integer> index = new TreeMap<>();
    for (int i = 0; i < codes.size(); i++) {
      index.put(codes.get(i), i);
    }
    long[] counts = new long[codes.size() * codes.size()];
    for (Set<String> onSegment : codesBySegment.values()) {
      for (String a : onSegment) {
        for (String b : onSegment) {
          counts[index.get(a) * codes.size() + index.get(b)]++;
        }
      }
    }
    List<Long> flat = new ArrayList<>(counts.length);
    for (long c : counts) {
      flat.add(c);
    }
    return new CooccurrenceMatrix(codes, flat);
  }
}
