package fr.parole.pipeline;

import fr.parole.ParoleException;
import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookEdits;
import fr.parole.study.CodebookHistory.Version;
import fr.parole.study.LexicalClasses;
import fr.parole.study.LexicalClasses.PieceRow;
import fr.parole.study.NewCoding;
import fr.parole.study.StoreTransaction;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * « Créer un code à partir de cette classe »: a class of the stored Reinert classification becomes
 * a code of the study's codebook (a new version through {@link CodebookEditing}, in the first
 * dimension), and the segments holding the class's text segments get it as <em>suggestions</em>
 * (origin « model », coder {@link #CODER}), not as codings of the person who clicked: a class is a
 * statistical grouping, about one segment in five of a class is there by a few shared words, and a
 * person's coding is what Parole never overwrites and counts as decided. As suggestions they go
 * through the review queue, where people accept or reject each one; the evidence names the class
 * and its words. One suggestion per segment, its span the class's text segments in it.
 *
 * <p>Two transactions: the codebook version (with its file), then the suggestions; if the second
 * fails the code exists without suggestions and the command can be run again on the same code.
 * Like every pending machine suggestion, they are replaced by the next {@code parole code} run of
 * that codebook: review them first.
 */
public final class ClassCoding {
  /** The coder the class suggestions are stamped with. */
  public static final String CODER = "classes-reinert";

  /** What was created: the code's label and path, its codebook (label and id), version, suggestions. */
  public record Created(String label, String path, String codebook, String codebookId, int version, int suggested) {}

  private final CodebookEditing editing;

  public ClassCoding() {
    this(new CodebookEditing());
  }

  public ClassCoding(CodebookEditing editing) {
    this.editing = editing;
  }

  /** Makes class {@code classNumber} a code labelled {@code label} of {@code codebookName} (null: study.yaml's). */
  public Created create(Study study, String codebookName, int classNumber, String label, String person) {
    if (label == null || label.isBlank()) {
      throw new ParoleException("Donnez le libellé du code à créer à partir de la classe " + classNumber
          + " (--label « … »), par exemple d'après ses mots caractéristiques.");
    }
    LexicalClasses.Classification classification;
    List<PieceRow> pieces;
    try (StudyStore store = study.openStore()) {
      classification = store.lexicalClasses().read().orElseThrow(() -> new ParoleException("L'étude « " + study.name()
          + " » n'a pas encore de classification : lancez d'abord parole classes " + study.folder() + "."));
      int classes = (int) classification.nodes().stream().filter(n -> n.classNumber() > 0).count();
      if (classNumber < 1 || classNumber > classes) {
        throw new ParoleException("Classe " + classNumber + " inconnue : la dernière classification de l'étude a "
            + classes + " classes (1 à " + classes + ").");
      }
      pieces = store.lexicalClasses().pieces(classNumber);
    }
    Codebook before = editing.codebook(study, codebookName);
    if (before.dimensions().isEmpty()) {
      throw new ParoleException("Le livre de codes « " + before.label() + " » n'a aucune dimension où créer le code.");
    }
    String dimension = before.dimensions().get(0).id();
    Version version = editing.change(study, codebookName, null, person,
        book -> new CodebookEdits().create(book, dimension, null, label.strip(), null));
    Codebook after = editing.codebook(study, codebookName);
    Code code = after.dimension(dimension).orElseThrow().codes().stream()
        .filter(c -> before.code(c.path()).isEmpty()).findFirst().orElseThrow();
    String words = classification.terms().stream().filter(t -> t.classNumber() == classNumber).limit(8)
        .map(LexicalClasses.TermRow::lemma).collect(Collectors.joining(", "));
    Map<Long, int[]> spans = new LinkedHashMap<>();
    for (PieceRow piece : pieces) {
      spans.merge(piece.segmentId(), new int[] {piece.start(), piece.end()},
          (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
    }
    try (StudyStore store = study.openStore(); StoreTransaction tx = store.begin()) {
      for (Map.Entry<Long, int[]> span : spans.entrySet()) {
        tx.codings().add(new NewCoding(span.getKey(), after.id(), code.path(), CODER, "model", 1.0, "suggested",
            "Classe " + classNumber + " de la classification Reinert du " + classification.run().at().substring(0, 10)
                + " (" + words + ")", span.getValue()[0], span.getValue()[1]));
      }
      tx.codings().flush();
      tx.audit(person, "classes:code", after.id() + "/" + code.path(), "Classe " + classNumber + " → « " + code.label()
          + " », " + spans.size() + " suggestion(s)");
      tx.commit();
    }
    return new Created(code.label(), code.path(), after.label(), after.id(), version.number(), spans.size());
  }
}
