package fr.parole.importer;

import fr.parole.importer.cases.CaseRow;
import fr.parole.importer.cases.CasesFile;
import fr.parole.study.StudyConfig.SpeakerSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Gives each segment its case attributes. From least to most specific: the speaker code read with
 * the study's pattern ("CGS 3" → role=CGS, establishment=CHU3), the cases file row of the
 * transcript, the cases file row of the speaker, and the section the turn sits in.
 */
public final class AttributeResolver {
  private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

  private final Pattern speakerPattern;
  private final List<String> groups;
  private final Map<String, Map<String, String>> valueMaps;
  private final List<CasesFile> cases;
  private final Map<String, Map<String, String>> bySpeaker = new HashMap<>();
  private final Map<String, Map<String, String>> bySpeakerInSource = new HashMap<>();
  private String currentSource;

  public AttributeResolver(SpeakerSpec speakers, List<CasesFile> cases) {
    this.cases = List.copyOf(cases);
    this.valueMaps = speakers.values();
    if (speakers.pattern() == null || speakers.pattern().isBlank()) {
      this.speakerPattern = null;
      this.groups = List.of();
      return;
    }
    try {
      this.speakerPattern = Pattern.compile(speakers.pattern().strip());
    } catch (PatternSyntaxException e) {
      throw new ImportException("study.yaml, speakers.pattern : expression régulière invalide : " + e.getDescription()
          + " (exemple : '^(?<role>\\p{L}+)\\s*(?<establishment>\\d+)$').");
    }
    List<String> names = new ArrayList<>();
    Matcher m = GROUP_NAME.matcher(speakers.pattern());
    while (m.find()) {
      names.add(m.group(1));
    }
    this.groups = List.copyOf(names);
  }

  /** The attributes of a segment of {@code sourcePath} said by {@code speaker} (may be null). */
  public Map<String, String> resolve(String sourcePath, String speaker, Map<String, String> fromSource) {
    Map<String, String> attributes = new LinkedHashMap<>(caseAttributes(sourcePath, speaker));
    attributes.putAll(fromSource);
    return attributes;
  }

  /**
   * What the speaker code and the cases files give: the same for every turn of one speaker in one
   * source, so worked out once per speaker of the source being read (finding the rows normalises
   * keys with regular expressions, a visible part of an import's time when done for every turn).
   */
  private Map<String, String> caseAttributes(String sourcePath, String speaker) {
    if (!sourcePath.equals(currentSource)) {
      currentSource = sourcePath;
      bySpeakerInSource.clear();
    }
    return bySpeakerInSource.computeIfAbsent(speaker, code -> {
      Map<String, String> attributes = new LinkedHashMap<>(code == null ? Map.of() : fromSpeakerCode(code));
      for (CasesFile file : cases) {
        file.forSource(sourcePath).map(CaseRow::attributes).ifPresent(attributes::putAll);
      }
      for (CasesFile file : cases) {
        file.forSpeaker(code).map(CaseRow::attributes).ifPresent(attributes::putAll);
      }
      return attributes;
    });
  }

  private Map<String, String> fromSpeakerCode(String speaker) {
    return bySpeaker.computeIfAbsent(speaker, code -> {
      Map<String, String> found = new LinkedHashMap<>();
      if (speakerPattern != null) {
        Matcher m = speakerPattern.matcher(code.strip());
        if (m.find()) {
          for (String group : groups) {
            String value = m.group(group);
            if (value != null && !value.isBlank()) {
              found.put(group, valueMaps.getOrDefault(group, Map.of()).getOrDefault(value.strip(), value.strip()));
            }
          }
        }
      }
      return Map.copyOf(found);
    });
  }
}
