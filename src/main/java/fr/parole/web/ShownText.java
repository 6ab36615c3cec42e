package fr.parole.web;

import fr.parole.nlp.FrenchModels;
import fr.parole.nlp.Pseudonymiser;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a person may see of a participant's words: the text pseudonymised (names, phones, e-mails,
 * NIR replaced) for everyone, and the raw text only for a researcher who asks for it. Enforced
 * here, on the server: a page, a fragment, an export or an error message builds its text through
 * this class, so raw text never reaches a co-researcher's browser. One set of placeholders for the
 * study, so a person is the same [NOM-n] on every page as in the report; whole segments are pseudonymised
 * first, then cut (a KWIC context or a shortened quote is cut from the pseudonymised text).
 */
public final class ShownText {
  private final Pseudonymiser.Placeholders placeholders;
  private final Map<String, String> cache = new ConcurrentHashMap<>();
  private Pseudonymiser pseudonymiser;

  /** Placeholders numbered in memory (a page made without a study). */
  public ShownText() {
    this.placeholders = new Pseudonymiser.Placeholders();
  }

  /** Placeholders from the study's table: a person is the same [NOM-n] here as in the report and the exports. */
  public ShownText(fr.parole.study.Study study) {
    this.placeholders = new Pseudonymiser.Placeholders(fr.parole.study.Pseudonyms.numbering(study));
  }

  /** The text as this person may see it: pseudonymised, unless a researcher asked for it raw. */
  public String of(Person person, String raw, boolean rawAsked) {
    if (raw == null || raw.isEmpty()) {
      return raw;
    }
    if (rawAsked && person.role() == Role.CHERCHEUR) {
      return raw;
    }
    return pseudonymised(raw);
  }

  /** The pseudonymised text (the French models load on the first call). */
  public String pseudonymised(String raw) {
    if (raw == null || raw.isEmpty()) {
      return raw;
    }
    String known = cache.get(raw);
    if (known != null) {
      return known;
    }
    String shown;
    // The tagger and the placeholders are not thread-safe; pages are short, one lock is enough.
    synchronized (this) {
      if (pseudonymiser == null) {
        pseudonymiser = Pseudonymiser.french(FrenchModels.load());
      }
      shown = pseudonymiser.pseudonymise(raw, placeholders);
    }
    if (cache.size() < 200_000) {
      cache.put(raw, shown);
    }
    return shown;
  }
}
