package fr.parole.nlp;

import java.util.Set;

/**
 * Marks the tokens of a sentence that lie in the scope of a negation, so that a rule can tell
 * "pas de problème" (no problem) from "un problème", and "pas le temps" (a lack of time) from
 * "le temps".
 *
 * <p>The heuristic, on the tokens, UD tags and lemmas of one sentence:
 * <ol>
 *   <li><b>Cues.</b> "ne"/"n'" with a complement later in the clause (pas, jamais, plus, rien,
 *       guère, point, personne, aucun(e), nul(le), nullement, aucunement, ni): the scope starts
 *       right after "ne", so the verb between "ne" and "pas" is negated too ("je n'aime pas le
 *       bruit"). "ne … que" and "ne … plus que" restrict, they do not negate ("il n'y a que des
 *       compliments"). "ne" without complement negates when a negative subject precedes it
 *       ("personne ne m'a expliqué", "aucun médecin n'est venu") or its verb is pouvoir, savoir,
 *       oser or cesser ("je ne saurais dire"); otherwise it is the expletive "ne" ("avant qu'il ne
 *       parte") and negates nothing.</li>
 *   <li><b>Cues without "ne"</b>, as spoken French drops it: "pas" (tagged ADV, so "un pas" is not
 *       a cue), "jamais" (not after si/à/que: "si jamais"), "rien" (not "rien que"), "personne"
 *       (PRON), "aucun(e)", "nullement", "aucunement", "guère", and "plus" only between a verb
 *       and the end of the clause, a verb or a pronoun ("j'en peux plus", "je sais plus quoi
 *       faire"), since "plus de lits" and "c'est plus simple" are usually comparatives. Their
 *       scope starts after the cue and also takes the verbs just before it, skipping object
 *       clitics ("je le sais pas", "c'est pas facile", "j'ai pas compris").</li>
 *   <li>When the negated verb is "exister", its subject is negated too: "le comité de pilotage
 *       n'existe pas (encore)" denies the committee.</li>
 *   <li>"sans" (but not "sans doute") and "ni" negate what follows; "non" negates the adjective
 *       or participle right after it ("non remboursé").</li>
 *   <li><b>End of scope</b>: the end of the sentence or, before it, the first clause boundary:
 *       punctuation other than quotes; mais, or, car, puis, donc, sinon, cependant, pourtant;
 *       "et"/"ou" followed by a new subject, a verb or "ne" ("et je suis rentrée"), not "et" inside
 *       a noun phrase ("pas de douleur et de fièvre" negates both); relative pronouns (qui, que,
 *       dont, où, lequel…); subordinating conjunctions (parce que, quand, si…) except "que"
 *       right after the negation or a verb ("ce n'est pas que le personnel soit désagréable",
 *       "je ne pense pas qu'il vienne"); another "ne".</li>
 * </ol>
 * Known limits: scope is linear, not syntactic ("pas de douleur, de fièvre" leaves "fièvre"
 * unmarked; "je ne crois pas qu'il ait tort" marks "tort" though the negation is about the belief);
 * double negation ("pas sans raison") is not resolved; bare "plus" before an adjective or "de"
 * ("c'est plus possible", "il y a plus de place") is read as a comparative; irony and questions
 * ("ce n'est pas génial ?") are out of reach; the result depends on the POS tags, so a mistagged
 * "pas" (NOUN for ADV) loses its negation.
 *
 * <p>Stateless and thread-safe.
 */
public final class NegationMarker {
  private static final Set<String> NE = Set.of("ne", "n'");
  private static final Set<String> COMPLEMENTS = Set.of(
      "pas", "jamais", "plus", "rien", "guère", "point", "personne", "aucun", "aucune", "nul",
      "nulle", "nullement", "aucunement", "ni");
  private static final Set<String> NEGATIVE_SUBJECTS = Set.of(
      "personne", "rien", "aucun", "aucune", "nul", "nulle");
  private static final Set<String> NE_ALONE_VERBS = Set.of("pouvoir", "savoir", "oser", "cesser");
  /** Verbs whose negation denies their subject's existence ("le comité n'existe pas"). */
  private static final Set<String> EXISTENCE_VERBS = Set.of("exister");
  private static final Set<String> BARE_WITH_VERB = Set.of(
      "pas", "jamais", "rien", "personne", "aucun", "aucune", "nullement", "aucunement", "guère", "plus");
  private static final Set<String> NOT_AFTER_JAMAIS = Set.of("si", "s'", "à", "que", "qu'", "plus");
  private static final Set<String> QUE = Set.of("que", "qu'");
  private static final Set<String> CLAUSE_CONJUNCTIONS = Set.of(
      "mais", "or", "car", "puis", "donc", "sinon", "cependant", "pourtant");
  private static final Set<String> RELATIVES = Set.of(
      "qui", "que", "qu'", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles", "auquel",
      "auxquels", "auxquelles", "duquel", "desquels", "desquelles");
  private static final Set<String> SUBJECTS = Set.of(
      "je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "c'", "ce", "ça", "cela",
      "ceci", "y");
  private static final Set<String> OBJECT_CLITICS = Set.of(
      "me", "m'", "te", "t'", "se", "s'", "le", "la", "l'", "les", "lui", "leur", "y", "en");
  private static final Set<String> QUOTES = Set.of("«", "»", "\"", "“", "”", "'", "’", "‘");
  /** How far after "ne" its complement may be: "je ne l'ai vraiment jamais vu" is 5 tokens. */
  private static final int COMPLEMENT_WINDOW = 8;

  /**
   * @param words the tokens in lower case with straight apostrophes
   * @param pos their UD tags
   * @param lemmas their lemmas
   * @return for each token, whether it lies in a negation scope (cues themselves never do)
   */
  public boolean[] mark(String[] words, String[] pos, String[] lemmas) {
    int n = words.length;
    boolean[] negated = new boolean[n];
    boolean[] cue = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (NE.contains(words[i])) {
        markNe(words, pos, lemmas, i, cue, negated);
      }
    }
    for (int i = 0; i < n; i++) {
      if (!cue[i]) {
        markBare(words, pos, i, cue, negated);
      }
    }
    return negated;
  }

  private void markNe(String[] words, String[] pos, String[] lemmas, int ne, boolean[] cue,
      boolean[] negated) {
    cue[ne] = true;
    int limit = Math.min(words.length, ne + 1 + COMPLEMENT_WINDOW);
    for (int j = ne + 1; j < limit; j++) {
      String w = words[j];
      if (QUE.contains(w)) {
        return; // "ne … que": restriction
      }
      // "pas" and "point" are also nouns ("un pas", "le point"); the others are not nouns here.
      if (COMPLEMENTS.contains(w) && !(("pas".equals(w) || "point".equals(w)) && "NOUN".equals(pos[j]))) {
        cue[j] = true;
        if ("plus".equals(w) && j + 1 < words.length && QUE.contains(words[j + 1])) {
          return; // "il n'y a plus que deux infirmières": restriction
        }
        markForward(words, pos, ne + 1, cue, negated);
        if (verbIsOneOf(words, pos, lemmas, ne + 1, EXISTENCE_VERBS)) {
          markSubject(words, pos, ne, negated);
        }
        return;
      }
      if (NE.contains(w) || isBoundary(words, pos, j)) {
        break;
      }
    }
    if (hasNegativeSubject(words, pos, ne) || verbIsOneOf(words, pos, lemmas, ne + 1, NE_ALONE_VERBS)) {
      markForward(words, pos, ne + 1, cue, negated);
    }
  }

  private void markBare(String[] words, String[] pos, int i, boolean[] cue, boolean[] negated) {
    String w = words[i];
    String tag = pos[i];
    boolean cueWithVerb = switch (w) {
      case "pas", "guère", "nullement", "aucunement" -> "ADV".equals(tag);
      case "jamais" -> i == 0 || !NOT_AFTER_JAMAIS.contains(words[i - 1]);
      case "rien" -> !"NOUN".equals(tag) && !(i + 1 < words.length && QUE.contains(words[i + 1]));
      case "personne" -> "PRON".equals(tag);
      case "aucun", "aucune" -> true;
      case "plus" -> barePlusNegates(words, pos, i);
      default -> false;
    };
    if (cueWithVerb) {
      cue[i] = true;
      markVerbsBefore(words, pos, i, negated);
      markForward(words, pos, i + 1, cue, negated);
    } else if ("sans".equals(w) && !(i + 1 < words.length && "doute".equals(words[i + 1]))
        || "ni".equals(w)) {
      cue[i] = true;
      markForward(words, pos, i + 1, cue, negated);
    } else if ("non".equals(w) && i + 1 < words.length
        && ("ADJ".equals(pos[i + 1]) || "VERB".equals(pos[i + 1]))) {
      cue[i] = true;
      negated[i + 1] = true;
    }
  }

  /** "j'en peux plus", "je sais plus quoi faire", but not "plus de lits", "plus simple". */
  private static boolean barePlusNegates(String[] words, String[] pos, int i) {
    if (!"ADV".equals(pos[i]) || i == 0 || !isVerb(pos[i - 1])) {
      return false;
    }
    if (i + 1 == words.length || isBoundary(words, pos, i + 1)) {
      return true;
    }
    String next = pos[i + 1];
    return isVerb(next) || "PRON".equals(next) && !QUE.contains(words[i + 1]);
  }

  /** Marks from {@code from} up to the end of the clause, leaving cues and punctuation out. */
  private static void markForward(String[] words, String[] pos, int from, boolean[] cue,
      boolean[] negated) {
    for (int j = from; j < words.length; j++) {
      if (NE.contains(words[j]) || isBoundary(words, pos, j)) {
        return;
      }
      if (!cue[j] && !COMPLEMENTS.contains(words[j]) && !"sans".equals(words[j])
          && !"PUNCT".equals(pos[j])) {
        negated[j] = true;
      }
    }
  }

  /** "je le sais pas": the verbs before a cue without "ne", skipping object clitics. */
  private static void markVerbsBefore(String[] words, String[] pos, int cueIndex, boolean[] negated) {
    for (int j = cueIndex - 1; j >= 0; j--) {
      if (isVerb(pos[j])) {
        negated[j] = true;
      } else if (!OBJECT_CLITICS.contains(words[j]) || !"PRON".equals(pos[j])) {
        return;
      }
    }
  }

  private static boolean hasNegativeSubject(String[] words, String[] pos, int ne) {
    for (int j = ne - 1; j >= 0; j--) {
      if (NEGATIVE_SUBJECTS.contains(words[j])) {
        return true;
      }
      if (isBoundary(words, pos, j)) {
        return false;
      }
    }
    return false;
  }

  /** Whether the first verb within 4 tokens of {@code from} has one of {@code verbs} as lemma ("je ne peux"). */
  private static boolean verbIsOneOf(String[] words, String[] pos, String[] lemmas, int from, Set<String> verbs) {
    for (int j = from; j < words.length && j < from + 4; j++) {
      if (isVerb(pos[j])) {
        return verbs.contains(lemmas[j]);
      }
    }
    return false;
  }

  /**
   * "le comité de pilotage n'existe pas": denying existence denies the subject, which comes before
   * "ne"; marks back from "ne" to the start of the clause.
   */
  private static void markSubject(String[] words, String[] pos, int ne, boolean[] negated) {
    for (int j = ne - 1; j >= 0 && !isBoundary(words, pos, j); j--) {
      if (!"PUNCT".equals(pos[j])) {
        negated[j] = true;
      }
    }
  }

  /** Whether token {@code j} ends a negation scope (and is not part of it). */
  static boolean isBoundary(String[] words, String[] pos, int j) {
    String w = words[j];
    String tag = pos[j];
    if ("PUNCT".equals(tag) || "SYM".equals(tag)) {
      return !QUOTES.contains(w);
    }
    if (CLAUSE_CONJUNCTIONS.contains(w) || "où".equals(w) || "parce".equals(w)) {
      return true;
    }
    if (("et".equals(w) || "ou".equals(w)) && j + 1 < words.length) {
      return SUBJECTS.contains(words[j + 1]) || NE.contains(words[j + 1]) || isVerb(pos[j + 1]);
    }
    if (QUE.contains(w)) {
      // Completive "que" after the negation or a verb continues the scope; others end it.
      return j == 0 || !(COMPLEMENTS.contains(words[j - 1]) || isVerb(pos[j - 1]));
    }
    if ("PRON".equals(tag) && RELATIVES.contains(w)) {
      return true;
    }
    return "SCONJ".equals(tag);
  }

  private static boolean isVerb(String tag) {
    return "VERB".equals(tag) || "AUX".equals(tag);
  }
}
