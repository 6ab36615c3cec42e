package fr.parole.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.parole.ParoleException;
import fr.parole.Progress;
import fr.parole.importer.cases.CaseKey;
import fr.parole.importer.cases.CaseRow;
import fr.parole.importer.cases.CasesFile;
import fr.parole.study.AttributeNames;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Imports what study.yaml lists, as one transaction: a file that fails is left out whole (its
 * savepoint is rolled back) and reported; the others are stored; a file already imported with the
 * same content is a no-op. Nothing is visible to other commands until the end.
 */
public final class ImportService {
  /** Meta key: the hash of the attribute rules the sources were read with (coding fingerprints name it too). */
  public static final String ATTRIBUTE_CONFIG_KEY = "attribute_config";

  private final Progress progress;
  private final Consumer<SegmentRecord> stored;
  private final WordCounter words = new WordCounter();
  private final VerbatimStore verbatims;

  public ImportService(Progress progress) {
    this(progress, segment -> { }, sourceId -> { });
  }

  /**
   * An import that hands each stored segment to {@code stored} as soon as it is in the store, so
   * that the index can be built while the import runs: a file's segments once the file is in, a
   * comment export's batch by batch while it is read. If such an export then fails, its source
   * id is handed to {@code dropped}: what {@code stored} got of it must go (that id may be given
   * again to the next file, since the file's savepoint is rolled back). The segments only count
   * once the import commits.
   */
  public ImportService(Progress progress, Consumer<SegmentRecord> stored, LongConsumer dropped) {
    this.progress = progress;
    this.stored = stored;
    this.verbatims = new VerbatimStore(words, stored, dropped);
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
    String attributeConfig = ContentHashes.attributeConfigHash(study, caseSources);

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
        String name = study.relativeName(collected.path());
        List<SegmentRecord> added = List.of();
        try {
          added = importFile(tx, readers, resolver, collected, name, reread, listed, batch);
        } catch (VerbatimStore.IndexFeedFailure e) {
          throw e.failure(); // the index fed alongside failed: the whole import stops
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

  /** Imports one file; returns the segments it added and did not hand over yet. */
  private List<SegmentRecord> importFile(StoreTransaction tx, SourceReaders readers, AttributeResolver resolver,
      CollectedFile collected, String name, boolean reread, Set<String> listed, Batch batch) throws IOException {
    if (collected.refusal() != null) {
      throw new ImportException(collected.refusal());
    }
    if (collected.type().equals(SourceCollector.VERBATIMS)) {
      importExport(tx, resolver, verbatims.open(collected, name), reread, listed, batch);
      return List.of();
    }
    SourceFile file = new SourceFile(collected.path(), name, Files.readAllBytes(collected.path()));
    String hash = ContentHashes.contentHash(readers.settings(collected), file);
    // e-Satis results carry no attributes: a new cases file changes nothing in them.
    boolean reattribute = reread && !collected.type().equals(SourceCollector.ESATIS);
    if (known(tx, hash, name, reattribute, listed, batch,
        sourceId -> reattribute(tx, readers, resolver, collected, file, sourceId))) {
      return List.of();
    }
    ReadSource source = readers.read(collected, file);
    Optional<Long> previous = replaceable(tx, name);
    tx.savepoint("source");
    List<SegmentRecord> added = List.of();
    try {
      previous.ifPresent(tx.sources()::delete);
      if (source instanceof ImportedResults results) {
        long sourceId = tx.sources().insert(new NewSource(file.name(), results.format(), hash, results.encoding(),
            null));
        tx.sources().insertEsatisResults(sourceId, results.results());
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

  /** A comment export: stored batch by batch, its segments handed over as they are stored. */
  private void importExport(StoreTransaction tx, AttributeResolver resolver, VerbatimStore.Export export,
      boolean reread, Set<String> listed, Batch batch) {
    if (known(tx, export.hash(), export.name(), reread, listed, batch,
        sourceId -> verbatims.reattribute(tx, resolver, export, sourceId))) {
      return;
    }
    Optional<Long> previous = replaceable(tx, export.name());
    tx.savepoint("source");
    ImportReport.Imported imported;
    try {
      previous.ifPresent(tx.sources()::delete);
      imported = verbatims.store(tx, resolver, export, previous.isPresent());
      tx.release("source");
    } catch (RuntimeException e) {
      tx.rollbackTo("source");
      throw e;
    }
    previous.ifPresent(batch.replaced::add);
    batch.imported.add(imported);
  }

  /**
   * Whether a file with this content is in the study already: unchanged, renamed or moved (its
   * path changes), or to be re-attributed in place when the attribute rules changed.
   */
  private static boolean known(StoreTransaction tx, String hash, String name, boolean reattribute,
      Set<String> listed, Batch batch, LongConsumer reattributeSource) {
    Optional<Map.Entry<Long, String>> sameContent = tx.sources().withHash(hash);
    if (sameContent.isEmpty()) {
      return false;
    }
    String other = sameContent.get().getValue();
    if (reattribute && other.equals(name)) {
      reattributeSource.accept(sameContent.get().getKey());
      batch.reattributed.add(name);
    } else if (other.equals(name)) {
      batch.unchanged.add(name + " : déjà importé, inchangé.");
    } else if (!listed.contains(other) && tx.sources().atPath(name).isEmpty()) {
      // The file was renamed or moved: keep its segments (and, later, their codings), change its path.
      tx.sources().rename(sameContent.get().getKey(), name);
      batch.renamed.add(other + " → " + name);
    } else {
      batch.unchanged.add(name + " : même contenu que « " + other + " », déjà importé ; ignoré.");
    }
    return true;
  }

  /** The source this file replaces, if any; refused when people's coding decisions are on it. */
  private static Optional<Long> replaceable(StoreTransaction tx, String name) {
    Optional<Long> previous = tx.sources().atPath(name).map(Map.Entry::getKey);
    int decisions = previous.map(id -> tx.codings().humanDecisionsInSource(id)).orElse(0);
    if (decisions > 0) {
      throw new ImportException(name + " : le fichier a changé depuis son import, mais " + decisions
          + " décision(s) de codage humaines portent sur sa version importée ; réimport refusé pour ne pas les perdre. "
          + "Restaurez la version importée, ou enregistrez la nouvelle sous un autre nom.");
    }
    return previous;
  }

  private List<SegmentRecord> storeSegments(StoreTransaction tx, AttributeResolver resolver, SourceFile file,
      String hash, ImportedSource source) {
    long sourceId = tx.sources().insert(new NewSource(file.name(), source.format(), hash, source.encoding(),
        source.content()));
    List<NewSegment> segments = new ArrayList<>(source.segments().size());
    for (ImportedSegment segment : source.segments()) {
      segments.add(new NewSegment(segments.size(), segment.kind(), segment.speaker(), segment.start(),
          segment.end(), segment.line(), segment.text(), words.count(segment.text()),
          resolver.resolve(file.name(), segment.speaker(), segment.attributes()), segment.times()));
    }
    List<Long> segmentIds = tx.sources().insertSegments(sourceId, segments);
    if (source.responses() != null) {
      tx.questionnaires().insert(sourceId, withResolvedAttributes(source.responses(), resolver, file.name()),
          segmentIds);
    }
    List<SegmentRecord> records = new ArrayList<>(segments.size());
    for (int i = 0; i < segments.size(); i++) {
      NewSegment s = segments.get(i);
      records.add(new SegmentRecord(segmentIds.get(i), sourceId, file.name(), s.ordinal(), s.kind(), s.speaker(),
          s.start(), s.end(), s.line(), s.text(), s.wordCount(), s.attributes(), s.times()));
    }
    return records;
  }

  private static ImportReport.Imported imported(SourceFile file, ReadSource source, boolean replaced) {
    List<String> warnings = withEncodingWarning(source.warnings(), source.encoding(),
        () -> new java.io.ByteArrayInputStream(file.bytes()));
    if (source instanceof ImportedResults results) {
      String years = String.join(", ", results.years().stream().map(String::valueOf).toList());
      String survey = Survey.fromCode(results.survey()).map(Survey::label).orElse(results.survey());
      return new ImportReport.Imported(file.name(), 0, 0, 0, replaced, warnings, results.results().size(),
          survey + " " + years);
    }
    ImportedSource segments = (ImportedSource) source;
    int participants = (int) segments.segments().stream().filter(s -> s.kind().isAnalysed()).count();
    int respondents = segments.responses() == null ? 0 : segments.responses().respondents().size();
    return new ImportReport.Imported(file.name(), segments.segments().size(), participants, respondents, replaced,
        warnings, 0, null);
  }

  /** {@code warnings}, and for a file read as Windows-1252, where its first byte that is not UTF-8 is. */
  static List<String> withEncodingWarning(List<String> warnings, String encoding, Opener file) {
    if (!TextDecoder.WINDOWS_1252.name().equalsIgnoreCase(encoding)) {
      return warnings;
    }
    try (java.io.InputStream in = file.open()) {
      List<String> all = new ArrayList<>();
      TextDecoder.windows1252Warning(in).ifPresent(all::add);
      all.addAll(warnings);
      return all;
    } catch (IOException e) {
      return warnings; // the file was just read; without its warning the import still stands
    }
  }

  /** Opens a file's bytes again. */
  interface Opener {
    java.io.InputStream open() throws IOException;
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
      tx.sources().updateSegment(sourceId, ordinal, segment.kind(),
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
    for (Map.Entry<Long, String> source : tx.sources().paths().entrySet()) {
      int decisions = listed.contains(source.getValue()) ? 0 : tx.codings().humanDecisionsInSource(source.getKey());
      if (decisions > 0) {
        batch.failed.add(new ImportReport.Failed(source.getValue(), source.getValue() + " : absent du dossier ou plus "
            + "listé par study.yaml, mais gardé dans l'étude : " + decisions + " décision(s) de codage humaines y "
            + "portent. Remettez le fichier en place."));
      } else if (!listed.contains(source.getValue())) {
        tx.sources().delete(source.getKey());
        batch.replaced.add(source.getKey());
        batch.removed.add(source.getValue());
      }
    }
  }

  private List<CasesFile> readCases(Study study, List<SourceFile> caseSources) {
    TableReader reader = new TableReader(new TextDecoder());
    AttributeNames names = AttributeNames.of(study.config());
    List<CasesFile> cases = new ArrayList<>();
    for (String name : study.config().cases()) {
      Path path = study.ownFile("cases", name, false);
      if (!Files.isRegularFile(path)) {
        throw new ImportException(Study.CONFIG_FILE + " : le fichier de cas « " + name + " » n'existe pas dans "
            + study.folder() + ".");
      }
      try {
        SourceFile file = new SourceFile(path, study.relativeName(path), Files.readAllBytes(path));
        caseSources.add(file);
        TableData table = reader.read(file);
        CasesFile read = CasesFile.from(table, names);
        withEncodingWarning(List.of(), table.encoding(), () -> new java.io.ByteArrayInputStream(file.bytes()))
            .forEach(warning -> progress.warn(file.name() + " : " + warning));
        read.warnings().forEach(progress::warn);
        cases.add(read);
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

  private static String json(Map<String, ?> detail) {
    try {
      return new ObjectMapper().writeValueAsString(detail);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of numbers is always JSON", e);
    }
  }
}
