package fr.parole.importer.transcript;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the speaker label that opens a turn: {@code CGS 3 : …}, {@code P.3 : …},
 * {@code Q : …}, {@code [00:12:03] Marie : …}, {@code **Enquêteur** : …}, and tells the
 * interviewer's labels from the participants'.
 */
public final class SpeakerLabels {
  /** Interviewer labels recognised without being listed in study.yaml (compared without accents). */
  public static final Set<String> DEFAULT_INTERVIEWERS = Set.of(
      "q", "question", "e", "enqueteur", "enqueteuse", "enquetrice", "enqueteur.rice", "intervieweur",
      "intervieweuse", "interviewer", "chercheur", "chercheuse", "animateur", "animatrice", "i");

  private static final String BULLET = "[ \\t]*(?:[-–•][ \\t]+)?";
  private static final String TIMESTAMP =
      "(?:[\\[(]?(?<ts>\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d+)?)[\\])]?[ \\t]*(?:[-–][ \\t]*)?)?";
  private static final Pattern TURN = Pattern.compile("^" + BULLET + TIMESTAMP
      + "(?:\\*\\*(?<boldIn>[^*\\n:]{1,60}?)[ \\t]*:[ \\t]*\\*\\*"
      + "|\\*\\*(?<boldOut>[^*\\n:]{1,60}?)\\*\\*[ \\t]*:"
      + "|(?<plain>[^:\\n*\\[\\]()]{1,60}?)[ \\t]*:)"
      + "(?!//)[ \\t]*");
  /** Words that open a sentence with a colon ("Donc : …") rather than name a speaker. */
  private static final Set<String> NOT_SPEAKERS = Set.of(
      "donc", "exemple", "remarque", "note", "nb", "n.b.", "attention", "conclusion", "resultat", "resume",
      "objectif", "rappel", "contexte", "theme", "sujet", "definition", "ps", "alors", "mais", "enfin",
      "bref", "bon", "oui", "non", "voila", "ensuite", "puis", "ainsi", "source", "date", "lieu", "duree");
  private static final Set<String> PARTICLES = Set.of("de", "du", "des", "la", "le", "d'", "van", "von", "da");
  private static final Pattern LABEL_TOKEN = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}.'’\\-]*|\\p{N}+[\\p{L}.]*");
  // Compiled once: they run on every line and every turn of every transcript.
  private static final Pattern BLANKS = Pattern.compile("[ \\t]+");
  private static final Pattern NUMBER_SUFFIX = Pattern.compile("[\\s.]*\\d+$");
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Set<String> interviewers;

  public SpeakerLabels(List<String> extraInterviewers) {
    Set<String> all = new HashSet<>(DEFAULT_INTERVIEWERS);
    for (String label : extraInterviewers) {
      all.add(normalise(label));
    }
    this.interviewers = Set.copyOf(all);
  }

  /** A label found at the start of a line, and where the turn's words begin in that line. */
  public record Label(String speaker, int textStart) {}

  /** The speaker label opening {@code line}, if the line opens a turn. */
  public Optional<Label> find(String line) {
    Matcher m = TURN.matcher(line);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String bold = m.group("boldIn") != null ? m.group("boldIn") : m.group("boldOut");
    String speaker = bold != null ? bold.strip() : m.group("plain").strip();
    if (speaker.isEmpty() || (bold == null && (!looksLikeLabel(speaker) || NOT_SPEAKERS.contains(normalise(speaker))))) {
      return Optional.empty();
    }
    if (bold == null && isClockTime(line, m.end("plain"), speaker)) {
      return Optional.empty();
    }
    return Optional.of(new Label(speaker, m.end()));
  }

  /** "00:12:03" or "12:30" at the start of a line: a time, not a speaker "00" or "12". */
  private static boolean isClockTime(String line, int labelEnd, String speaker) {
    int colon = line.indexOf(':', labelEnd);
    return speaker.chars().allMatch(Character::isDigit) && colon + 1 < line.length()
        && Character.isDigit(line.charAt(colon + 1));
  }

  /**
   * Plain labels must look like names or codes ("CGS 3", "Dr Martin", "P.3", "Marie"), so that a
   * sentence such as "Il a dit : oui" is not taken for a turn.
   */
  private static boolean looksLikeLabel(String speaker) {
    String[] tokens = BLANKS.split(speaker);
    if (tokens.length > 4 || !LABEL_TOKEN.matcher(tokens[0]).matches()) {
      return false;
    }
    for (String token : tokens) {
      if (!LABEL_TOKEN.matcher(token).matches() && !PARTICLES.contains(token)) {
        return false;
      }
    }
    return true;
  }

  public boolean isInterviewer(String speaker) {
    String key = normalise(speaker);
    return interviewers.contains(key) || interviewers.contains(NUMBER_SUFFIX.matcher(key).replaceAll(""));
  }

  /** Lower case, no accents, single spaces: how labels are compared. */
  static String normalise(String label) {
    String decomposed = MARKS.matcher(Normalizer.normalize(label.strip(), Normalizer.Form.NFD)).replaceAll("");
    return SPACES.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll(" ");
  }
}
