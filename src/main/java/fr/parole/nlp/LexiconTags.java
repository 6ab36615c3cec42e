package fr.parole.nlp;

/**
 * How the tags of LanguageTool's French dictionary ("N f s", "V etre ind pres 3 s", "P+D m s")
 * agree with the Universal Dependencies tags of the OpenNLP model, so that the lemma of an
 * ambiguous form follows the tagger: "est" AUX → être, NOUN → est; "suis" AUX → être, VERB →
 * suivre; "été" NOUN → été.
 *
 * <p>Each UD tag is one bit. A dictionary reading has a primary mask (the UD tags it is the
 * reading for) and a secondary mask (tags it can still stand for when nothing better agrees: a
 * past participle the tagger calls ADJ, avoir the tagger calls VERB in "il a deux enfants").
 */
final class LexiconTags {
  static final int NOUN = 1;
  static final int PROPN = 1 << 1;
  static final int ADJ = 1 << 2;
  static final int VERB = 1 << 3;
  static final int AUX = 1 << 4;
  static final int ADV = 1 << 5;
  static final int DET = 1 << 6;
  static final int ADP = 1 << 7;
  static final int ADP_DET = 1 << 8;
  static final int ADP_PRON = 1 << 9;
  static final int PRON = 1 << 10;
  static final int CCONJ = 1 << 11;
  static final int SCONJ = 1 << 12;
  static final int NUM = 1 << 13;
  static final int PUNCT = 1 << 14;
  static final int SYM = 1 << 15;
  static final int INTJ = 1 << 16;
  static final int X = 1 << 17;

  private LexiconTags() {
  }

  /** The bit of a UD tag as the OpenNLP French model writes it; 0 for a tag it does not use. */
  static int udBit(String pos) {
    return switch (pos) {
      case "NOUN" -> NOUN;
      case "PROPN" -> PROPN;
      case "ADJ" -> ADJ;
      case "VERB" -> VERB;
      case "AUX" -> AUX;
      case "ADV" -> ADV;
      case "DET" -> DET;
      case "ADP" -> ADP;
      case "ADP+DET" -> ADP_DET;
      case "ADP+PRON" -> ADP_PRON;
      case "PRON" -> PRON;
      case "CCONJ" -> CCONJ;
      case "SCONJ" -> SCONJ;
      case "NUM" -> NUM;
      case "PUNCT" -> PUNCT;
      case "SYM" -> SYM;
      case "INTJ" -> INTJ;
      case "X" -> X;
      default -> 0;
    };
  }

  /** UD tags a dictionary tag (without its frequency letter) is the reading for. */
  static int primary(String tag) {
    if (tag.startsWith("P+D")) {
      return ADP_DET;
    }
    if (tag.startsWith("P+R")) {
      return ADP_PRON;
    }
    if (tag.startsWith("C coor")) {
      return CCONJ;
    }
    if (tag.startsWith("C sub")) {
      return SCONJ;
    }
    if (tag.isEmpty()) {
      return 0;
    }
    return switch (tag.charAt(0)) {
      case 'N', 'T' -> NOUN; // T: titles ("Dr", "Mme")
      case 'Z' -> PROPN;
      case 'S' -> PROPN | NOUN; // acronyms ("HAS", "EHPAD")
      case 'J' -> ADJ;
      // être and avoir are VERB as well as AUX: "étaient" is also a form of étayer, "suis" of
      // suivre, and the tagger often calls être VERB; être and avoir must win (see Lemmatizer).
      case 'V' -> isBeOrHave(tag) ? AUX | VERB : VERB;
      case 'A' -> ADV;
      case 'D' -> DET;
      case 'P' -> ADP;
      case 'R' -> PRON;
      case 'K', 'Y' -> NUM; // Y: roman numerals
      case 'M' -> PUNCT | SYM;
      case 'I' -> INTJ;
      case 'F' -> X; // foreign words
      default -> 0;
    };
  }

  /** UD tags a reading may still stand for when no reading's primary tags agree. */
  static int secondary(String tag) {
    if (tag.isEmpty()) {
      return 0;
    }
    return switch (tag.charAt(0)) {
      case 'N' -> PROPN | ADJ | INTJ;
      case 'T', 'Z' -> NOUN | PROPN;
      case 'J' -> NOUN | NUM;
      // Modals and "aller" are AUX in GSD; être and avoir are VERB when not auxiliaries.
      case 'V' -> (isBeOrHave(tag) ? VERB : AUX) | (isParticiple(tag) ? ADJ | NOUN : 0);
      case 'D' -> PRON | NUM | ADP;
      case 'R' -> DET | SCONJ;
      case 'P' -> DET | ADV;
      case 'C' -> CCONJ | SCONJ | ADV;
      case 'A' -> INTJ | ADJ | CCONJ;
      default -> 0;
    };
  }

  static boolean isBeOrHave(String tag) {
    return tag.startsWith("V etre") || tag.startsWith("V avoir");
  }

  private static boolean isParticiple(String tag) {
    return tag.contains(" ppa") || tag.contains(" ppr");
  }
}
