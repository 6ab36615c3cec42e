package fr.parole.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the person names of one text, as character spans. The signals, strongest first: a title
 * before the name (« Dr. Rousseau », « docteur benali », « M. Du Pont de Nemours »: then even a
 * lower-case word or a common word is a name), a role (« l'infirmière Julie », « le kiné jérôme »),
 * the first-name and surname lists, capitalisation with the tagger's proper-noun guess for a word
 * the dictionary does not know as a common word, and a signature at the end of the text (« …
 * Cordialement, Marc Dupont », « Julie D. »). Without a title or role, a name that follows a
 * place word (« hôpital Henri-Mondor », « rue Pasteur », « maladie de Parkinson ») or that is an
 * e-Satis establishment's name (« Pitié-Salpêtrière ») stays. One instance per thread (the tagger
 * and lemmatizer are not thread-safe).
 */
final class NameFinder {
  static final Set<String> TITLES = Set.of("dr", "dre", "drs", "docteur", "docteure", "docteurs", "pr", "pre",
      "professeur", "professeure", "mme", "mmes", "madame", "m", "mr", "monsieur", "mlle", "melle", "mademoiselle", "me",
      "maitre", "prof", "doc");
  static final Set<String> ROLES = Set.of("infirmier", "infirmiere", "infirmiers", "infirmieres", "aide-soignant",
      "aide-soignante", "cadre", "interne", "externe", "medecin", "chirurgien", "chirurgienne", "kine",
      "kinesitherapeute", "sage-femme", "brancardier", "brancardiere", "secretaire", "patient", "patiente", "voisin",
      "voisine", "collegue", "anesthesiste", "psychologue", "assistante", "assistant", "ide", "ash", "dieteticienne",
      "dieteticien", "ergotherapeute", "orthophoniste", "stagiaire", "psychiatre", "pediatre", "cardiologue",
      "generaliste", "urgentiste", "referent", "referente", "traitant", "traitante", "chef", "responsable",
      "soignant", "soignante", "auxiliaire", "agent", "hotesse", "manipulateur", "manipulatrice", "puericultrice",
      "ambulancier", "ambulanciere", "standardiste", "gynecologue", "obstetricien", "obstetricienne", "radiologue",
      "neurologue", "oncologue", "pneumologue", "urologue", "orthopediste", "dentiste", "pharmacien", "pharmacienne",
      "mediatrice", "mediateur", "psychomotricienne", "educatrice", "educateur", "animatrice", "animateur",
      "benevole", "osteopathe", "sophrologue", "receptionniste", "directeur", "directrice", "reanimateur");
  /** Capitalised words of hospitals, care and the calendar that are never a person's name. */
  static final Set<String> NEVER_NAMES = Set.of("chu", "ch", "chr", "chru", "hopital", "clinique", "service", "pole",
      "urgences", "reanimation", "cardiologie", "chirurgie", "medecine", "pediatrie", "maternite", "oncologie",
      "geriatrie", "psychiatrie", "has", "ars", "cdu", "ru", "etp", "esatis", "e-satis", "samu", "smur", "ehpad",
      "france", "covid", "ide", "as", "cgs", "cds", "css", "dq", "rq", "noel", "paques", "toussaint", "pentecote",
      "famille", "merci", "cordialement", "signe", "orl", "irm", "ssr", "usic", "usi", "mco", "had", "ssiad", "cmp",
      "cmpp", "ifsi", "pma", "ivg", "avc", "bpco", "hta", "scanner", "tep", "ecg", "mpr");
  /** Words after which a capitalised name is a place, a service or a disease (« hôpital Bichat », « maladie de Crohn »). */
  static final Set<String> PLACE_WORDS = Set.of("hopital", "hopitaux", "clinique", "polyclinique", "centre",
      "institut", "fondation", "pavillon", "batiment", "aile", "unite", "service", "salle", "residence", "ehpad",
      "maternite", "pole", "chu", "ch", "chr", "chru", "clcc", "hu", "hospitalier", "hospitaliere", "groupe", "site",
      "urgences", "rue", "avenue", "av", "boulevard", "bd", "place", "allee", "quai", "impasse", "chemin", "cours",
      "square", "route", "lycee", "college", "ecole", "universite", "faculte", "maladie", "syndrome", "score",
      "test", "signe", "echelle", "methode", "manoeuvre", "station", "metro", "gare", "tram", "parking");
  /** Diseases, signs and scores named after people, which a text names without « maladie de ». */
  static final Set<String> EPONYMS = Set.of("alzheimer", "parkinson", "crohn", "charcot", "apgar", "glasgow",
      "guillain", "barre", "hodgkin", "basedow", "raynaud", "asperger", "tourette", "creutzfeldt", "jakob",
      "huntington", "kaposi", "cushing", "addison", "marfan", "horton", "meniere", "heimlich", "babinski", "lasegue",
      "dupuytren", "willebrand", "recklinghausen", "sjogren", "biermer", "verneuil", "bouveret", "wolff");
  /** Particles inside a name (« Le Goff », « Van der Berg », « de La Fontaine », « D'Almeida »). */
  private static final Set<String> PARTICLES = Set.of("de", "du", "des", "d", "la", "le", "van", "von", "der", "den",
      "da", "di", "do", "dos", "das", "del", "della", "ben", "bin", "ibn", "el", "al", "mac", "mc", "ter", "ten");
  /** Function words never taken for a lower-case name. */
  private static final Set<String> STOP = Set.of("le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et",
      "ou", "est", "a", "qui", "que", "il", "elle", "on", "nous", "vous", "ils", "elles", "m", "me", "te", "se",
      "lui", "y", "en", "ne", "pas", "tres", "trop", "bien", "tout", "avec", "pour", "par", "sur", "dans", "chez",
      "au", "aux", "ce", "mon", "ma", "mes", "son", "sa", "ses");
  private static final Set<String> DETERMINERS = Set.of("l", "le", "la", "les", "un", "une", "des", "du", "au", "aux",
      "a", "mon", "ma", "mes", "ton", "ta", "son", "sa", "ses", "notre", "votre", "nos", "vos", "leur", "leurs", "ce",
      "cet", "cette", "ces", "notamment", "et");
  private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", "…", ":", ";", "-", "–", "—", "--", "(",
      "\"", "«", "»", "*");
  private static final Set<String> SIGNATURE_BOUNDARIES = Set.of(".", "!", "?", "…", ",", ":", ";", "-", "–", "—",
      "--", "(", ")");

  /** "M" and "Me" alone are titles only before a capitalised name (« Me voici », « M » in a list). */
  private static final Set<String> SHORT_TITLES = Set.of("m", "me");
  private static final Set<String> ARTICLES = Set.of("le", "la", "l");
  private static final Set<String> NOUNS = Set.of("NOUN", "PROPN");
  /** Determiners before a noun (« un Uber »); « les » and « des » also come before a family (« les Kerbrat »). */
  private static final Set<String> NOUN_DETERMINERS = Set.of("un", "une", "leur", "leurs", "ces",
      "quelques", "plusieurs", "chaque", "aucun", "aucune");
  private static final Set<String> PREPOSITIONS = Set.of("de", "d", "a", "avec", "par", "pour", "chez", "vers", "contre",
      "sans", "selon", "envers");
  private static final Pattern MASK = Pattern.compile("[.*…]+");

  private final FrenchTagger tagger;
  private final Lemmatizer lemmatizer;
  private final NameLexicon lexicon;

  NameFinder(FrenchTagger tagger, Lemmatizer lemmatizer, NameLexicon lexicon) {
    this.tagger = tagger;
    this.lemmatizer = lemmatizer;
    this.lexicon = lexicon;
  }

  /** The spans of person names in {@code text}, in order, not overlapping. */
  List<int[]> find(String text) {
    return find(new Tokens(text, tagger.tag(text).tokens()));
  }

  /** The same, on a text the same models tagged already (the Reinert classification tags every segment once). */
  List<int[]> find(TaggedText tagged) {
    return find(new Tokens(tagged.text(), tagged.tokens()));
  }

  private List<int[]> find(Tokens t) {
    boolean[] name = new boolean[t.size()];
    for (int i = 0; i < t.size(); i++) {
      int after = titleEnd(t, i);
      if (after > i) { // « M. et Mme Hamon »: « M. » finds no name, « Mme » then does
        int end = nameEnd(t, after, true);
        mark(name, after, end);
        while (end > after && end + 1 < t.size() && t.key(end).equals("et") && capitalised(t, end + 1)) {
          int next = nameEnd(t, end + 1, true); // « les Drs Petit et Durand »
          mark(name, end + 1, next);
          end = next;
        }
        i = Math.max(i, end - 1);
      } else if (isRole(t, i) && i + 1 < t.size() && t.adjacent(i, i + 1)) {
        int end = capitalised(t, i + 1) ? nameEnd(t, i + 1, false) : masked(t, i + 1) ? maskedEnd(t, i + 1)
            : initial(t, i + 1) ? i + 3 : lowerNameAfterRole(t, i) ? i + 2 : i + 1; // « l'infirmière B*** », « … J. »
        mark(name, i + 1, end);
        i = Math.max(i, end - 1);
      } else if (capitalised(t, i) && bareName(t, i)) {
        int end = nameEnd(t, i, false);
        int from = i;
        while (from > 0 && t.adjacent(from - 1, from) && PARTICLES.contains(t.key(from - 1))
            && Character.isUpperCase(t.text(from - 1).charAt(0))) {
          from--; // « Le Bihan », « Van Damme »
        }
        if (!protectedPlace(t, from, end)) {
          mark(name, from, end);
        }
        i = Math.max(i, end - 1);
      } else if (initial(t, i) && i + 2 < t.size() && capitalised(t, i + 2) && bareName(t, i + 2)) {
        int end = nameEnd(t, i, false); // « J. Martin »
        mark(name, i, end);
        i = Math.max(i, end - 1);
      } else if (lowerFullName(t, i)) {
        mark(name, i, i + 2); // « le service de marie tournier »
        i++;
      } else if (lowerName(t, i) && (firstName(t, i) && !common(t, i) || beforeRole(t, i) && (!common(t, i) || firstName(t, i) || surname(t, i)))) {
        name[i] = true; // « merci a julie », « on a vu martin le kiné »
      }
    }
    signature(t, name);
    return t.spans(name);
  }

  /** The index after a title at {@code i} (and its full stop), or {@code i} if there is none. */
  private static int titleEnd(Tokens t, int i) {
    if (!TITLES.contains(t.key(i))) {
      return i;
    }
    int after = i + 1;
    boolean dot = after < t.size() && t.text(after).equals(".") && t.start(after) == t.end(i);
    if (dot) {
      after++;
    }
    boolean shortTitle = SHORT_TITLES.contains(t.key(i));
    if (shortTitle && !dot && !(after < t.size() && (capitalised(t, after) || PARTICLES.contains(t.key(after))))) {
      return i;
    }
    return after < t.size() && t.adjacent(after - 1, after) ? after : i;
  }

  /** The end of the name starting at {@code i}: capitalised words, particles, initials. */
  private int nameEnd(Tokens t, int i, boolean afterTitle) {
    int k = i;
    if (afterTitle && k < t.size() && lowerName(t, k) && (!common(t, k) || firstName(t, k) || surname(t, k))) {
      k++; // « docteur benali », « le dr rousseau »
      if (k < t.size() && t.adjacent(k - 1, k) && lowerName(t, k) && firstName(t, k - 1) && !common(t, k)) {
        k++;
      }
      return k;
    }
    while (k < t.size() && (k == i || t.adjacent(k - 1, k))) {
      // An all-capitals word opening a name is one unless it is a known word (« le médecin ORL », « DUPONT »).
      if (capitalised(t, k) && (afterTitle || k > i || !t.allCaps(k) || firstName(t, k) || surname(t, k) || !common(t, k))) {
        k++;
      } else if ((k > i || afterTitle) && masked(t, k)) {
        k = maskedEnd(t, k); // « Mme Lucie B.......e »: a name half hidden by the site that published it
      } else if (k > i && initial(t, k)) {
        k += 2; // « Julie D. », « J. Martin » is read from the initial below
      } else if (k == i && initial(t, k) && k + 2 < t.size() && capitalised(t, k + 2)) {
        k += 2;
      } else {
        int p = k;
        while (p < t.size() && PARTICLES.contains(t.key(p)) && (p == k || t.adjacent(p - 1, p))) {
          p++;
        }
        if (p > k && p < t.size() && t.adjacent(p - 1, p) && capitalised(t, p)) {
          k = p;
        } else {
          break;
        }
      }
    }
    return k;
  }

  /** A capitalised word with no title or role before it: is it a name? */
  private boolean bareName(Tokens t, int i) {
    boolean start = t.sentenceStart(i);
    boolean common = common(t, i);
    boolean propn = "PROPN".equals(t.pos(i));
    if (t.allCaps(i)) {
      return firstName(t, i) && !common; // « AMPATTI », « DGOS » are acronyms
    }
    if (firstName(t, i) || surname(t, i)) {
      // In « Très Bon Accueil » capitals say nothing: a common word needs more than its capital.
      return !common || !t.titleCase() && (propn || !start && firstName(t, i) || nextIsName(t, i));
    }
    if (common || EPONYMS.contains(t.key(i)) || lexicon.placeWords().contains(NameLexicon.plain(t.text(i)))
        || i > 0 && NOUN_DETERMINERS.contains(t.key(i - 1))) {
      return false; // « un Uber », « leur Kyné »: a brand or a misspelt noun, not a person
    }
    return start ? propn && !lemmatizer.isKnown(t.text(i)) : propn || !lemmatizer.isKnown(t.text(i));
  }

  private boolean nextIsName(Tokens t, int i) {
    return i + 1 < t.size() && t.adjacent(i, i + 1) && capitalised(t, i + 1) && !common(t, i + 1);
  }

  /** A place, service or disease named after a person: kept when no title or role came before. */
  private boolean protectedPlace(Tokens t, int start, int end) {
    int p = start - 1;
    // « Résidence Marcel Pagnol » when « Marcel » alone was not taken for a name.
    while (p >= 0 && (PARTICLES.contains(t.key(p)) || capitalised(t, p) && t.adjacent(p, p + 1))) {
      p--;
    }
    if (p >= 0 && PLACE_WORDS.contains(t.key(p).replace("œ", "oe"))) {
      return true;
    }
    StringBuilder phrase = new StringBuilder();
    for (int k = start; k < end; k++) {
      if (t.key(k).startsWith("saint") || EPONYMS.contains(t.key(k))) {
        return true;
      }
      phrase.append(NameLexicon.plain(t.text(k))).append(' ');
    }
    String plain = phrase.toString().strip();
    return plain.contains(" ") && lexicon.placePhrases().contains(plain);
  }

  /** A last line such as « Cordialement, Marc Dupont », « -- Julie D. », « M. et Mme Hamon ». */
  private void signature(Tokens t, boolean[] name) {
    int end = t.size();
    while (end > 0 && SENTENCE_ENDS.contains(t.text(end - 1))) {
      end--;
    }
    int k = end;
    while (k > 0 && signatureToken(t, k - 1)) {
      k--;
    }
    if (k == end || end - k > 8 || k > 0 && !SIGNATURE_BOUNDARIES.contains(t.text(k - 1)) && !t.newlineBefore(k)) {
      return;
    }
    // Words grouped between titles, « et » and line breaks; a group is a name if one of its words is.
    int group = k;
    for (int i = k; i <= end; i++) {
      boolean cut = i == end || TITLES.contains(t.key(i)) || t.key(i).equals("et") || t.text(i).equals(".")
          && !(i > 0 && initialLetter(t, i - 1) && !TITLES.contains(t.key(i - 1))) || t.newlineBefore(i) || NEVER_NAMES.contains(t.key(i));
      if (cut) {
        // After « Mme » or « famille » any capitalised word is a name (« La famille Besson »).
        int before = group > k && t.text(group - 1).equals(".") ? group - 2 : group - 1;
        boolean evidence = before >= k && (TITLES.contains(t.key(before)) || t.key(before).equals("famille"));
        for (int g = group; g < i; g++) {
          evidence |= !common(t, g) && (firstName(t, g) || surname(t, g) || !lexicon.placeWords().contains(
              NameLexicon.plain(t.text(g))));
        }
        if (evidence) {
          mark(name, group, i);
        }
        group = i + 1;
      }
    }
  }

  private static boolean signatureToken(Tokens t, int i) {
    return capitalised(t, i) || initialLetter(t, i) || TITLES.contains(t.key(i)) || t.key(i).equals("et")
        || t.key(i).equals("famille") || t.text(i).equals(".")
        && i > 0 && (initialLetter(t, i - 1) || TITLES.contains(t.key(i - 1)));
  }

  private boolean lowerName(Tokens t, int i) {
    String text = t.text(i);
    return text.length() > 2 && text.chars().allMatch(c -> Character.isLowerCase(c) || c == '-')
        && !STOP.contains(t.key(i)) && !ROLES.contains(t.key(i)) && !TITLES.contains(t.key(i));
  }

  /**
   * A first name then a word the dictionary does not know, both in lower case: a full name typed
   * without capitals. A first name that is a common word too (« marie », « julien », « aimable »)
   * counts where a name goes: read as a noun by the tagger, or right after a preposition, which a
   * bare adjective never follows (« le service de marie tournier », not « et aimable méme »).
   */
  private boolean lowerFullName(Tokens t, int i) {
    return lowerName(t, i) && lowerFirstName(t, i) && i + 1 < t.size() && t.adjacent(i, i + 1)
        && lowerName(t, i + 1) && !common(t, i + 1) && !firstName(t, i + 1);
  }

  private boolean lowerFirstName(Tokens t, int i) {
    return firstName(t, i) && (!common(t, i) || NOUNS.contains(t.pos(i)) || i > 0 && PREPOSITIONS.contains(t.key(i - 1)));
  }

  /**
   * « le kiné jérôme », « l'infirmière rose »: a first name, even one that is also a common word
   * (the role says a person is named), or an unknown word after one person's role; after a plural
   * role (« les infirmières reface… ») an unknown word is a misspelling.
   */
  private boolean lowerNameAfterRole(Tokens t, int role) {
    int i = role + 1;
    boolean plural = t.key(role).endsWith("s") && !t.key(role).endsWith("ss");
    return lowerName(t, i) && (firstName(t, i) || !plural && !common(t, i));
  }

  private boolean beforeRole(Tokens t, int i) {
    return i + 2 < t.size() && ARTICLES.contains(t.key(i + 1)) && ROLES.contains(t.key(i + 2));
  }

  /** A role named as such (« l'infirmière », « mon kiné », « Merci à l'interne »), not an adjective (« médecine interne »). */
  private static boolean isRole(Tokens t, int i) {
    return ROLES.contains(t.key(i)) && (t.sentenceStart(i) || DETERMINERS.contains(t.key(i - 1)) || t.text(i - 1).equals(","));
  }

  /** A capitalised word that may be part of a name (« Jean-Pierre », « D'Almeida », « LEBLANC »). */
  static boolean capitalised(Tokens t, int i) {
    String word = t.text(i);
    return word.length() > 1 && Character.isUpperCase(word.charAt(0))
        && word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’')
        && !NEVER_NAMES.contains(t.key(i)) && !TITLES.contains(t.key(i)) && !ROLES.contains(t.key(i))
        && !PLACE_WORDS.contains(t.key(i));
  }

  /** A letter, then dots or asterisks, then maybe letters, with nothing between: « B.......e », « D*** ». */
  private static boolean masked(Tokens t, int i) {
    return initialLetter(t, i) && maskedEnd(t, i) > i;
  }

  private static int maskedEnd(Tokens t, int i) {
    int end = i + 1;
    int marks = 0;
    while (end < t.size() && t.start(end) == t.end(end - 1) && MASK.matcher(t.text(end)).matches()) {
      marks += t.text(end).length();
      end++;
    }
    if (marks < 2) {
      return i;
    }
    return end < t.size() && t.start(end) == t.end(end - 1) && t.text(end).chars().allMatch(Character::isLetter)
        ? end + 1 : end;
  }

  private static boolean initial(Tokens t, int i) {
    return initialLetter(t, i) && i + 1 < t.size() && t.text(i + 1).equals(".") && t.start(i + 1) == t.end(i);
  }

  private static boolean initialLetter(Tokens t, int i) {
    return t.text(i).length() == 1 && Character.isUpperCase(t.text(i).charAt(0));
  }

  private boolean firstName(Tokens t, int i) {
    return lexicon.firstNames().contains(t.key(i));
  }

  private boolean surname(Tokens t, int i) {
    return lexicon.surnames().contains(t.key(i));
  }

  /** A common French word in lower case (« claire », « roche »), not only a proper noun of the dictionary. */
  private boolean common(Tokens t, int i) {
    return lemmatizer.isKnown(t.text(i).toLowerCase(Locale.ROOT));
  }

  private static void mark(boolean[] name, int from, int to) {
    for (int k = from; k < to; k++) {
      name[k] = true;
    }
  }
}
