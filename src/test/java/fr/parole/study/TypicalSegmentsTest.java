package fr.parole.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.nlp.FrenchModels;
import fr.parole.pipeline.LexicalClassification;
import fr.parole.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class's typical segments are read once each: the demo's comments repeat sentences, and a class
 * showed « Ma fille a laissé son numéro… » three times in a row (the atelier, the report, the CLI).
 */
class TypicalSegmentsTest {
  @TempDir
  Path dir;

  @Test
  void aTextSaidTwiceIsShownOnceAndTheNextTypicalTakesItsPlace() {
    Study study = Study.open(TestStudies.copyOfDemo(dir.resolve("demo")));
    new Pipeline(Progress.SILENT).importStudy(study);
    new LexicalClassification(FrenchModels.onFirstUse()).run(study, new LexicalClassification.Options(6, 40), "Rémi",
        Progress.SILENT);
    try (StudyStore store = study.openStore()) {
      List<LexicalClasses.TypicalRow> rows = store.lexicalClasses().typical(3);
      Map<Integer, List<LexicalClasses.TypicalRow>> byClass = rows.stream()
          .collect(Collectors.groupingBy(LexicalClasses.TypicalRow::classNumber));
      assertEquals(6, byClass.size());
      byClass.forEach((number, typical) -> {
        Set<String> texts = new HashSet<>();
        typical.forEach(t -> assertTrue(texts.add(t.text().strip()), "class " + number + " repeats « " + t.text() + " »"));
        assertTrue(typical.size() <= 3);
      });
    }
  }
}
