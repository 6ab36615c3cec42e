package fr.parole.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.coding.ContentLemmas;
import fr.parole.coding.Shard;
import fr.parole.index.FrenchTextAnalyzer;
import fr.parole.nlp.FrenchModels;
import fr.parole.nlp.FrenchTagger;
import fr.parole.pipeline.Pipeline;
import fr.parole.stats.LemmaSpecificities;
import fr.parole.stats.StatisticsException;
import fr.parole.study.LemmaCounts.LemmaTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LemmaCountsTest {
  @TempDir
  Path dir;

  private final Pipeline pipeline = new Pipeline(Progress.SILENT);

  private Study importedDemo() {
    Study study = Study.open(TestStudies.copyOfDemo(dir.resolve("demo")));
    pipeline.importStudy(study);
    return study;
  }

  private static LemmaTable byEstablishment(Study study) {
    try (StudyStore store = study.openStore()) {
      return store.lemmaCounts().byAttribute("establishment");
    }
  }

  /** The counts re-made by tagging every analysed segment again, outside the coding run. */
  private static Map<String, Map<String, Long>> directCount(Study study) {
    return directCount(study, "establishment");
  }

  /** The same, per value of {@code attribute}: a naive count, segment by segment. */
  private static Map<String, Map<String, Long>> directCount(Study study, String attribute) {
    FrenchTagger tagger = FrenchModels.load().newTagger();
    ContentLemmas content = new ContentLemmas();
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    try (StudyStore store = study.openStore()) {
      store.segmentQueries().forEachSegment(0, segment -> {
        if (segment.kind().isAnalysed()) {
          String value = segment.attributes().getOrDefault(attribute, LemmaCounts.MISSING);
          for (String lemma : content.of(tagger.tag(segment.text()))) {
            counts.computeIfAbsent(value, v -> new TreeMap<>()).merge(lemma, 1L, Long::sum);
          }
        }
      });
    }
    return counts;
  }

  @Test
  void codingStoresTheCountsATaggingOfEverySegmentGives() {
    Study study = importedDemo();
    pipeline.code(study, "partenariat");
    LemmaTable table = byEstablishment(study);
    assertEquals(directCount(study), table.counts());
    assertTrue(table.counts().keySet().containsAll(java.util.List.of("CHU1", "CH2", "CHU3")), table.counts().keySet().toString());
    assertTrue(table.notice().isEmpty(), table.notice().toString());
    assertTrue(table.counts().values().stream().flatMap(m -> m.keySet().stream())
        .noneMatch(l -> FrenchTextAnalyzer.STOP_WORDS.contains(l) || l.equals("pas") || l.length() < 2),
        "no stop word, negation word or single letter");
    assertTrue(table.counts().get("CHU1").getOrDefault("patient", 0L) > 0, "a word the interviews use");
    try (StudyStore store = study.openStore()) {
      for (String attribute : java.util.List.of("role", "service", "polarity")) {
        assertEquals(directCount(study, attribute), store.lemmaCounts().byAttribute(attribute).counts(), attribute);
      }
    }
  }

  @Test
  void aSourceTwoCodebooksCodeHasItsWordsCountedOnce() throws Exception {
    Path folder = TestStudies.copyOfDemo(dir.resolve("demo"));
    // The comments' file is coded with esatis (its folder's entry) and with partenariat (its own).
    String yaml = java.nio.file.Files.readString(folder.resolve("study.yaml"));
    java.nio.file.Files.writeString(folder.resolve("study.yaml"), yaml.replace("  - path: questionnaires/",
        "  - path: verbatims/esatis-verbatims-demo.csv\n    type: verbatims\n    codebook: partenariat\n"
            + "  - path: questionnaires/"));
    Study study = Study.open(folder);
    pipeline.importStudy(study);
    var runs = pipeline.codeBySource(study);
    assertTrue(runs.size() >= 2, "both codebooks ran: " + runs);
    assertEquals(directCount(study), byEstablishment(study).counts(), "each segment's words counted once");
  }

  @Test
  void anAttributeStudyYamlDoesNotListIsRefusedWithAMessage() {
    Study study = importedDemo();
    pipeline.code(study, "partenariat");
    try (StudyStore store = study.openStore()) {
      StudyException e = assertThrows(StudyException.class, () -> store.lemmaCounts().byAttribute("project"));
      assertTrue(e.getMessage().contains("« project »") && e.getMessage().contains("study.yaml")
          && e.getMessage().contains("parole code --tout"), e.getMessage());
    }
  }

  @Test
  void countsPerValueAndTheRestOfTheCorpusGoToTheirGroups() {
    Study study = importedDemo();
    try (StudyStore store = study.openStore()) {
      long source = store.queries().sources().get(0).id();
      try (StoreTransaction tx = store.begin()) {
        try (LemmaValueWriter writer = tx.lemmaValues()) {
          writer.replaceSource(source, 3, 10, java.util.List.of("establishment"));
          writer.addValue(source, "establishment", "CHU1", "attente", 1);
          writer.addValue(source, "establishment", "CH2", "attente", 2);
          writer.addValue(source, "establishment", "CHU1", "repas", 3);
          writer.addCorpus(source, "attente", 3);
          writer.addCorpus(source, "repas", 7);
        }
        tx.commit();
      }
      LemmaTable table = store.lemmaCounts().byAttribute("establishment");
      assertEquals(Map.of("attente", 1L, "repas", 3L), table.counts().get("CHU1"));
      assertEquals(Map.of("attente", 2L), table.counts().get("CH2"));
      assertEquals(Map.of("repas", 4L), table.counts().get(LemmaCounts.MISSING), "the corpus minus the values");
    }
  }

  @Test
  void aSecondRunReplacesTheCountsInsteadOfAddingToThem() {
    Study study = importedDemo();
    pipeline.code(study, "partenariat");
    LemmaTable first = byEstablishment(study);
    LemmaCounts.LemmaCoverage coverage = first.coverage();
    pipeline.code(study, "partenariat", true, Shard.ALL);
    LemmaTable second = byEstablishment(study);
    assertEquals(first.counts(), second.counts());
    assertEquals(coverage.segments(), second.coverage().segments());
    assertEquals(36 + 446 + 10, second.coverage().segments(), "every analysed segment counted once");
    assertEquals(first.totals().values().stream().mapToLong(Long::longValue).sum(), second.coverage().occurrences());
  }

  @Test
  void codingEachSourceWithItsCodebookCountsEverySource() {
    Study study = importedDemo();
    pipeline.codeBySource(study);
    LemmaTable table = byEstablishment(study);
    assertEquals(directCount(study), table.counts());
    assertEquals(table.coverage().analysedSources(), table.coverage().countedSources());
  }

  @Test
  void aStudyNeverCodedGivesAnEmptyTableThatSaysWhy() {
    Study study = importedDemo();
    LemmaTable table = byEstablishment(study);
    assertTrue(table.isEmpty());
    assertTrue(table.notice().orElseThrow().contains("parole code"), table.notice().toString());
    StatisticsException e = assertThrows(StatisticsException.class,
        () -> new LemmaSpecificities().top(table, 10, 1));
    assertTrue(e.getMessage().contains("pas encore été codée"), e.getMessage());
  }

  @Test
  void anUnknownAttributeIsRefusedWithTheKnownOnes() {
    Study study = importedDemo();
    pipeline.code(study, "partenariat");
    try (StudyStore store = study.openStore()) {
      StudyException e = assertThrows(StudyException.class, () -> store.lemmaCounts().byAttribute("etablissement"));
      assertTrue(e.getMessage().contains("« etablissement »") && e.getMessage().contains("establishment, ")
          && e.getMessage().contains("role"), e.getMessage());
    }
  }

  @Test
  void countsOlderThanTheLastImportAreSaidToBe() throws Exception {
    Study study = importedDemo();
    pipeline.code(study, "partenariat");
    Path transcript = study.folder().resolve("entretiens").resolve("ANONYME3.md");
    Files.writeString(transcript, Files.readString(transcript) + "\n\nCGS 3 : Une phrase ajoutée sur la coordination.\n");
    pipeline.importStudy(study);
    LemmaTable table = byEstablishment(study);
    assertTrue(table.coverage().outdated());
    assertTrue(table.notice().orElseThrow().contains("avant le dernier import"), table.notice().toString());
    pipeline.code(study, "partenariat");
    assertFalse(byEstablishment(study).coverage().outdated());
  }

  @Test
  void aRemovedSourceTakesItsCountsAwayAtOnce() throws Exception {
    Study study = importedDemo();
    pipeline.code(study, "partenariat");
    Files.delete(study.folder().resolve("entretiens").resolve("ANONYME3.md"));
    pipeline.importStudy(study);
    assertEquals(directCount(study), byEstablishment(study).counts(), "the removed source's counts went with it");
    pipeline.code(study, "partenariat");
    assertEquals(directCount(study), byEstablishment(study).counts());
    assertFalse(byEstablishment(study).coverage().outdated(), "the other sources' counts were kept, stamped current");
  }

  @Test
  void aReplacedSourceCountReplacesTheOldOne() {
    try (StudyStore store = StudyStore.open(dir.resolve("study.db"))) {
      long first;
      long second;
      try (StoreTransaction tx = store.begin()) {
        first = tx.sources().insert(new NewSource("a.txt", "transcript", "ha", "UTF-8", null));
        second = tx.sources().insert(new NewSource("b.txt", "transcript", "hb", "UTF-8", null));
        // A segment carrying both attributes, so that they are the study's.
        tx.sources().insertSegment(first, new NewSegment(0, SegmentKind.TURN, "P", 0, 1, 1, "a", 1,
            Map.of("establishment", "CHU1", "role", "IDE"), null));
        try (LemmaValueWriter writer = tx.lemmaValues()) {
          writer.replaceSource(first, 2, 5, java.util.List.of("establishment", "role"));
          writer.addValue(first, "establishment", "CHU1", "patient", 3);
          writer.addValue(first, "role", "IDE", "patient", 3);
          writer.addCorpus(first, "patient", 5);
          writer.replaceSource(second, 1, 4, java.util.List.of("establishment", "role"));
          writer.addValue(second, "establishment", "CH2", "soignant", 4);
          writer.addCorpus(second, "soignant", 4);
        }
        tx.commit();
      }
      try (StoreTransaction tx = store.begin()) {
        try (LemmaValueWriter writer = tx.lemmaValues()) {
          writer.replaceSource(first, 1, 1, java.util.List.of("establishment", "role"));
          writer.addValue(first, "establishment", "CHU3", "attente", 1);
          writer.addCorpus(first, "attente", 1);
        }
        tx.commit();
      }
      assertEquals(Map.of("CH2", Map.of("soignant", 4L), "CHU3", Map.of("attente", 1L)),
          store.lemmaCounts().byAttribute("establishment").counts());
      assertEquals(Map.of(LemmaCounts.MISSING, Map.of("attente", 1L, "soignant", 4L)),
          store.lemmaCounts().byAttribute("role").counts(), "IDE went with the old counts");
    }
  }
}
