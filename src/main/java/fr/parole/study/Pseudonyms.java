package fr.parole.study;

import java.util.function.ToIntFunction;

/**
 * The study's numbering of the people its texts name (store table {@code pseudonyms}): every
 * command and the atelier give the same person the same [NOM-n]. A name met for the first time is
 * numbered in its own short transaction, so two processes naming people at once never give one
 * number twice.
 */
public final class Pseudonyms {
  private Pseudonyms() {}

  /** Each name's number in {@code study} (a name as the pseudonymiser compares names). */
  public static ToIntFunction<String> numbering(Study study) {
    return key -> {
      try (StudyStore store = study.openStore(); StoreTransaction tx = store.begin()) {
        int number = tx.pseudonym(key);
        tx.commit();
        return number;
      }
    };
  }
}
