package fr.parole.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.parole.ParoleException;
import fr.parole.Progress;
import fr.parole.importer.cases.CaseKey;
import fr.parole.importer.cases.CaseRow;
import fr.parole.importer.cases.CasesFile;
import fr.parole.importer.esatis.Survey;
import fr.parole.nlp.WordCounter;
import fr.parole.study.NewResponses;
import fr.parole.study.NewSegment;
import fr.parole.study.NewSource;
import fr.parole.study.SegmentRecord;
import fr.parole.study.StoreTransaction;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Imports what study.yaml lists, as one transaction: a file that fails is left out whole (its
 * savepoint is rolled back) and reported; the others are stored; a file already imported with the
 * same content is a no-op. Nothing is visible to other commands until the end.
 */
public final class ImportService {
  private static final String ATTRIBUTE_CONFIG_KEY = "attribute_config";

  private final Progress progress;
  private final Consumer<SegmentRecord> stored;
  private final WordCounter words = new WordCounter();

  public ImportService(Progress progress) {
    this(progress, segment -> { });
  }

  /**
   * An import that hands each stored segment to {@code stored} once its file is in (a failed
   * file's segments never reach it), so that the index can be built while the next files are
   * read. The segments only count once the import commits.
   */
  public ImportService(Progress progress, Consumer<SegmentRecord> stored) {
    this.progress = progress;
    this.stored = stored;
  }

  public ImportReport importStudy(Study study, StudyStore store) {
    ImporterRegistry registry = ImporterRegistry.forStudy(study.config());
    List<String> skipped = new ArrayList<>();
    SourceCollector collector = new SourceCollector(registry);
    List<CollectedFile> files = collector.collectFiles(study, skipped);
    String formats = String.join(", ", new java.util.TreeSet<>(study.config().sources().stream()
        .flatMap(spec -> collector.formats(spec).stream()).toList()));
    skipped.forEach(name -> progress.warn(name + " : format non pris en charge, ignoré (formats lus : " + formats
        + ")."));
    SourceReaders readers = new SourceReaders(study, registry);
    List<SourceFile> caseSources = new ArrayList<>();
    List<CasesFile> cases = readCases(study, caseSources);
    checkCaseSources(study, files, cases);
    AttributeResolver resolver = new AttributeResolver(study.config().speakers(), cases);
    String attributeConfig = attributeConfigHash(study, caseSources);

    Batch batch = new Batch();
    try (StoreTransaction tx = store.begin()) {
      boolean reread = !tx.meta(ATTRIBUTE_CONFIG_KEY).map(attributeConfig::equals).orElse(true);
      if (reread) {
        progress.info("Fichier de cas ou règles d'attributs modifiés : toutes les sources sont relues.");
      }
      Set<String> listed = new HashSet<>();
      files.forEach(file -> listed.add(study.relativeName(file.path())));
      int done = 0;
      for (CollectedFile collected : files) {
        progress.update("Import", done++, files.size());
        Path path = collected.path();
        String name = study.relativeName(path);
        List<SegmentRecord> added = List.of();
        try {
          added = importFile(tx, readers, resolver, collected, new SourceFile(path, name, Files.readAllBytes(path)),
              reread, listed, batch);
        } catch (ParoleException e) {
          batch.failed.add(new ImportReport.Failed(name, e.getMessage()));
        } catch (IOException e) {
          batch.failed.add(new ImportReport.Failed(name, name + " : lecture impossible : " + e.getMessage()));
        }
        // Outside the file's try: a failure downstream (the index) aborts the whole import.
        added.forEach(stored);
      }
      progress.update("Import", files.size(), files.size());
      removeUnlisted(tx, listed, batch);
      tx.setMeta(ATTRIBUTE_CONFIG_KEY, attributeConfig);
      ImportReport report = batch.report();
      if (report.changed()) {
        tx.logEvent("import", json(Map.of("imported", report.imported().size(), "segments", report.segments(),
            "replaced", report.replacedSourceIds().size(), "renamed", report.renamed().size(),
            "reattributed", report.reattributed().size(),
            "removed", report.removed().size(), "failed", report.failed().size())));
        tx.bumpGeneration();
      }
      tx.commit();
      return report;
    }
  }

  /** What one import did so far. */
  private static final class Batch {
    final List<ImportReport.Imported> imported = new ArrayList<>();
    final List<String> unchanged = new ArrayList<>();
    final List<String> renamed = new ArrayList<>();
    final List<String> reattributed = new ArrayList<>();
    final List<String> removed = new ArrayList<>();
    final List<ImportReport.Failed> failed = new ArrayList<>();
    final List<Long> replaced = new ArrayList<>();

    ImportReport report() {
      return new ImportReport(imported, unchanged, renamed, reattributed, removed, failed, replaced);
    }
  }

  /** Imports one file; returns the segments it added (none when it was unchanged or renamed). */
  private List<SegmentRecord> importFile(StoreTransaction tx, SourceReaders readers, AttributeResolver resolver,
      CollectedFile collected, SourceFile file, boolean reread, Set<String> listed, Batch batch) {
    String hash = contentHash(readers.settings(collected), file);
    Optional<Map.Entry<Long, String>> sameContent = tx.sourceWithHash(hash);
    // e-Satis results carry no attributes: a new cases file changes nothing in them.
    if (sameContent.isPresent() && reread && sameContent.get().getValue().equals(file.name())
        && !collected.type().equals(SourceCollector.ESATIS)) {
      reattribute(tx, readers, resolver, collected, file, sameContent.get().getKey());
      batch.reattributed.add(file.name());
      return List.of();
    }
    if (sameContent.isPresent()) {
      String other = sameContent.get().getValue();
      if (other.equals(file.name())) {
        batch.unchanged.add(file.name() + " : déjà importé, inchangé.");
      } else if (!listed.contains(other) && tx.sourceAtPath(file.name()).isEmpty()) {
        // The file was renamed or moved: keep its segments (and, later, their codings), change its path.
        tx.renameSource(sameContent.get().getKey(), file.name());
        batch.renamed.add(other + " → " + file.name());
      } else {
        batch.unchanged.add(file.name() + " : même contenu que « " + other + " », déjà importé ; ignoré.");
      }
      return List.of();
    }
    ReadSource source = readers.read(collected, file);
    Optional<Long> previous = tx.sourceAtPath(file.name()).map(Map.Entry::getKey);
    int decisions = previous.map(id -> tx.codings().humanDecisionsInSource(id)).orElse(0);
    if (decisions > 0) {
      throw new ImportException(file.name() + " : le fichier a changé depuis son import, mais " + decisions
          + " décision(s) de codage humaines portent sur sa version importée ; réimport refusé pour ne pas les perdre. "
          + "Restaurez la version importée, ou enregistrez la nouvelle sous un autre nom.");
    }
    tx.savepoint("source");
    List<SegmentRecord> added = List.of();
    try {
      previous.ifPresent(tx::deleteSource);
      if (source instanceof ImportedResults results) {
        long sourceId = tx.insertSource(new NewSource(file.name(), results.format(), hash, results.encoding(), null));
        tx.insertEsatisResults(sourceId, results.results());
      } else {
        added = storeSegments(tx, resolver, file, hash, (ImportedSource) source);
      }
      tx.release("source");
    } catch (RuntimeException e) {
      tx.rollbackTo("source");
      throw e;
    }
    previous.ifPresent(batch.replaced::add);
    batch.imported.add(imported(file, source, previous.isPresent()));
    return added;
  }

  private List<SegmentRecord> storeSegments(StoreTransaction tx, AttributeResolver resolver, SourceFile file,
      String hash, ImportedSource source) {
    long sourceId = tx.insertSource(new NewSource(file.name(), source.format(), hash, source.encoding(),
        source.content()));
    List<NewSegment> segments = new ArrayList<>(source.segments().size());
    for (ImportedSegment segment : source.segments()) {
      segments.add(new NewSegment(segments.size(), segment.kind(), segment.speaker(), segment.start(),
          segment.end(), segment.line(), segment.text(), words.count(segment.text()),
          resolver.resolve(file.name(), segment.speaker(), segment.attributes())));
    }
    List<Long> segmentIds = tx.insertSegments(sourceId, segments);
    if (source.responses() != null) {
      tx.questionnaires().insert(sourceId, withResolvedAttributes(source.responses(), resolver, file.name()),
          segmentIds);
    }
    List<SegmentRecord> records = new ArrayList<>(segments.size());
    for (int i = 0; i < segments.size(); i++) {
      NewSegment s = segments.get(i);
      records.add(new SegmentRecord(segmentIds.get(i), sourceId, file.name(), s.ordinal(), s.kind(), s.speaker(),
          s.start(), s.end(), s.line(), s.text(), s.wordCount(), s.attributes()));
    }
    return records;
  }

  private static ImportReport.Imported imported(SourceFile file, ReadSource source, boolean replaced) {
    if (source instanceof ImportedResults results) {
      String years = String.join(", ", results.years().stream().map(String::valueOf).toList());
      String survey = Survey.fromCode(results.survey()).map(Survey::label).orElse(results.survey());
      return new ImportReport.Imported(file.name(), 0, 0, 0, replaced, source.warnings(), results.results().size(),
          survey + " " + years);
    }
    ImportedSource segments = (ImportedSource) source;
    int participants = (int) segments.segments().stream().filter(s -> s.kind().isAnalysed()).count();
    int respondents = segments.responses() == null ? 0 : segments.responses().respondents().size();
    return new ImportReport.Imported(file.name(), segments.segments().size(), participants, respondents, replaced,
        source.warnings(), 0, null);
  }

  /**
   * The cases file or the speaker and section rules changed, the file did not: its segments keep
   * their ids (and so their codings); only their kind and attributes are computed again. The same
   * text cut by the same labels gives the same segments, so they are matched by ordinal.
   */
  private void reattribute(StoreTransaction tx, SourceReaders readers, AttributeResolver resolver,
      CollectedFile collected, SourceFile file, long sourceId) {
    ImportedSource source = (ImportedSource) readers.read(collected, file);
    List<ImportedSegment> segments = source.segments();
    for (int ordinal = 0; ordinal < segments.size(); ordinal++) {
      ImportedSegment segment = segments.get(ordinal);
      tx.updateSegment(sourceId, ordinal, segment.kind(),
          resolver.resolve(file.name(), segment.speaker(), segment.attributes()));
    }
    if (source.responses() != null) {
      for (NewResponses.Respondent respondent : source.responses().respondents()) {
        tx.questionnaires().updateAttributes(sourceId, respondent.line(),
            resolver.resolve(file.name(), null, respondent.attributes()));
      }
    }
  }

  /** Respondents get their attributes as segments do: cases row of the file, then their own columns. */
  private static NewResponses withResolvedAttributes(NewResponses responses, AttributeResolver resolver,
      String sourcePath) {
    return new NewResponses(responses.questionnaire(), responses.respondents().stream()
        .map(r -> r.withAttributes(resolver.resolve(sourcePath, null, r.attributes()))).toList());
  }

  /**
   * Sources whose file was deleted, or that study.yaml no longer lists, leave the study: the
   * study mirrors its folder. A source carrying human coding decisions is kept, and said so.
   */
  private static void removeUnlisted(StoreTransaction tx, Set<String> listed, Batch batch) {
    for (Map.Entry<Long, String> source : tx.sourcePaths().entrySet()) {
      int decisions = listed.contains(source.getValue()) ? 0 : tx.codings().humanDecisionsInSource(source.getKey());
      if (decisions > 0) {
        batch.failed.add(new ImportReport.Failed(source.getValue(), source.getValue() + " : absent du dossier ou plus "
            + "listé par study.yaml, mais gardé dans l'étude : " + decisions + " décision(s) de codage humaines y "
            + "portent. Remettez le fichier en place."));
      } else if (!listed.contains(source.getValue())) {
        tx.deleteSource(source.getKey());
        batch.replaced.add(source.getKey());
        batch.removed.add(source.getValue());
      }
    }
  }

  private List<CasesFile> readCases(Study study, List<SourceFile> caseSources) {
    TableReader reader = new TableReader(new TextDecoder());
    List<CasesFile> cases = new ArrayList<>();
    for (String name : study.config().cases()) {
      Path path = study.resolve(name);
      if (!Files.isRegularFile(path)) {
        throw new ImportException(Study.CONFIG_FILE + " : le fichier de cas « " + name + " » n'existe pas dans "
            + study.folder() + ".");
      }
      try {
        SourceFile file = new SourceFile(path, study.relativeName(path), Files.readAllBytes(path));
        caseSources.add(file);
        cases.add(CasesFile.from(reader.read(file)));
      } catch (IOException e) {
        throw new ImportException(name + " : lecture impossible : " + e.getMessage(), e);
      }
    }
    return cases;
  }

  /** A cases row naming a transcript that is not among the sources is a mistake worth stopping for. */
  private static void checkCaseSources(Study study, List<CollectedFile> files, List<CasesFile> cases) {
    Set<String> known = new HashSet<>();
    for (CollectedFile file : files) {
      CasesFile.sourceNames(study.relativeName(file.path()))
          .forEach(n -> known.add(CasesFile.normaliseKey(CaseKey.SOURCE, n)));
    }
    for (CasesFile file : cases) {
      if (file.keyKind() != CaseKey.SOURCE) {
        continue;
      }
      for (CaseRow row : file.rows()) {
        // Compared as CasesFile.forSource compares them, or a row it would match is called missing.
        if (!known.contains(CasesFile.normaliseKey(CaseKey.SOURCE, row.key()))) {
          throw ImportException.at(file.file(), row.line(), "la transcription « " + row.key()
              + " » n'existe pas parmi les sources de l'étude (" + files.size() + " fichiers listés par "
              + Study.CONFIG_FILE + "). Corrigez le nom ou ajoutez le fichier.");
        }
      }
    }
  }

  /** Changes to cases files or to the speaker and section rules change every segment's attributes. */
  private static String attributeConfigHash(Study study, List<SourceFile> caseSources) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (SourceFile file : caseSources) {
        digest.update(file.name().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update(file.bytes());
      }
      // Maps written with sorted keys: the toString of Map.copyOf maps changes order from one JVM to the
      // next, which made every new `parole import` re-read all sources.
      String rules = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
          .writeValueAsString(new Object[] {study.config().speakers(), study.config().sections()});
      digest.update(rules.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("study.yaml's rules are plain strings, lists and maps", e);
    }
  }

  /** The file's bytes and what else decides what reading it gives (a questionnaire's definition). */
  private static String contentHash(String settings, SourceFile file) {
    if (settings.isEmpty()) {
      return sha256(file.bytes());
    }
    byte[] extra = ("\u0000" + settings).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] all = java.util.Arrays.copyOf(file.bytes(), file.bytes().length + extra.length);
    System.arraycopy(extra, 0, all, file.bytes().length, extra.length);
    return sha256(all);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String json(Map<String, ?> detail) {
    try {
      return new ObjectMapper().writeValueAsString(detail);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of numbers is always JSON", e);
    }
  }
}
