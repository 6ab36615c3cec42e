package fr.parole.importer;

import fr.parole.importer.transcript.DocxReader;
import fr.parole.importer.transcript.OdtReader;
import fr.parole.importer.transcript.PlainTextReader;
import fr.parole.importer.transcript.SectionRule;
import fr.parole.importer.transcript.SpeakerLabels;
import fr.parole.importer.transcript.SubtitleImporter;
import fr.parole.importer.transcript.TranscriptImporter;
import fr.parole.importer.transcript.TurnSplitter;
import fr.parole.study.StudyConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Finds the importer for a file by its extension. */
public final class ImporterRegistry {
  private final Map<String, Importer> byFormat = new TreeMap<>();

  public ImporterRegistry(List<Importer> importers) {
    for (Importer importer : importers) {
      for (String format : importer.formats()) {
        byFormat.put(format, importer);
      }
    }
  }

  /** The importers for a study, set up with its speaker labels and section headings. */
  public static ImporterRegistry forStudy(StudyConfig config) {
    TextDecoder decoder = new TextDecoder();
    TurnSplitter splitter = new TurnSplitter(
        new SpeakerLabels(config.speakers().interviewers()), SectionRule.from(config.sections()));
    return new ImporterRegistry(List.of(
        new TranscriptImporter(new PlainTextReader(decoder), splitter),
        new TranscriptImporter(new DocxReader(), splitter),
        new TranscriptImporter(new OdtReader(), splitter),
        new SubtitleImporter(decoder, new SpeakerLabels(config.speakers().interviewers()))));
  }

  public Optional<Importer> forFile(SourceFile file) {
    return Optional.ofNullable(byFormat.get(file.extension()));
  }

  public boolean supports(String extension) {
    return byFormat.containsKey(extension);
  }

  /** The extensions known, e.g. [docx, md, odt, txt]. */
  public List<String> formats() {
    return new ArrayList<>(new TreeSet<>(byFormat.keySet()));
  }
}
