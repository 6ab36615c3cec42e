package fr.parole.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.study.SegmentKind;
import fr.parole.study.SegmentRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The exact forms replayed from the text field's analysis index exactly what analysing each field
 * on its own indexed: same terms, documents, frequencies, positions, offsets, norms and stored text.
 */
class SharedAnalysisTest {
  /** Elisions, stop words last (the end's position increment), a word longer than the tokenizer's limit, nothing at all. */
  private static final List<String> TEXTS = List.of(
      "L'hôpital n'a pas le temps : les patients attendent jusqu'à l'aube.",
      "Les FORMATIONS communes des soignants et des patient·e·s sont un levier (2019).",
      "Accueil chaleureux, je suis venu pour les",
      "",
      " ... ",
      "x".repeat(300) + " puis l’équipe d’infirmières écoute 😀 aujourd'hui",
      "Légitimité du savoir expérientiel, qu'il soit reconnu ou non ; l'équipe d'infirmières écoute.");

  private static SegmentRecord segment(int id, String text) {
    return new SegmentRecord(id, 1, "verbatims/a.csv", id, SegmentKind.COMMENT, null, 0, text.length(), id, text, 3,
        Map.of("establishment", "CHU" + id % 2, "polarity", "positif"));
  }

  @Test
  void theSharedAnalysisIndexesWhatEachFieldsOwnAnalysisIndexes() throws IOException {
    SegmentDocuments documents = new SegmentDocuments(IndexFields.facetsConfig());
    List<Document> shared = new ArrayList<>();
    List<Document> apart = new ArrayList<>();
    for (int i = 0; i < TEXTS.size(); i++) {
      SegmentRecord segment = segment(i + 1, TEXTS.get(i));
      shared.add(documents.document(segment));
      apart.add(analysedApart(documents.document(segment), segment.text()));
    }
    List<String> expected = content(apart);
    assertEquals(expected, content(shared));
    assertTrue(expected.stream().anyMatch(line -> line.startsWith("exact:hôpital ")), "the exact forms are indexed");
  }

  @Test
  void anExactFieldWithoutItsTextJustAnalysedIsAnalysedOnItsOwn() throws IOException {
    SharedAnalysis analysis = new SharedAnalysis();
    Analyzer analyzer = IndexFields.analyzer();
    AnalysisChainsTest.tokens(analysis.text(TEXTS.get(0)).tokenStream(analyzer, null)); // recorded: another text
    String text = TEXTS.get(1);
    assertEquals(AnalysisChainsTest.tokens(new ExactFormAnalyzer(), text),
        AnalysisChainsTest.tokens(analysis.exact(text).tokenStream(analyzer, null)));
    assertEquals(AnalysisChainsTest.tokens(new FrenchTextAnalyzer(), text),
        AnalysisChainsTest.tokens(analysis.text(text).tokenStream(analyzer, null)));
    assertEquals(AnalysisChainsTest.tokens(new ExactFormAnalyzer(), text),
        AnalysisChainsTest.tokens(analysis.exact(text).tokenStream(analyzer, null)), "replayed once its text was analysed");
  }

  /** The document as built before the analysis was shared: both text fields analysed by the writer's analyzer. */
  private static Document analysedApart(Document built, String text) {
    Document doc = new Document();
    for (IndexableField field : built) {
      if (field.name().equals(IndexFields.TEXT)) {
        doc.add(new Field(IndexFields.TEXT, text, IndexFields.TEXT_TYPE));
      } else if (field.name().equals(IndexFields.EXACT)) {
        doc.add(new Field(IndexFields.EXACT, text, IndexFields.EXACT_TYPE));
      } else {
        doc.add(field);
      }
    }
    return doc;
  }

  /** Every posting of the two text fields (term, document, positions and offsets), their norms and the stored text. */
  private static List<String> content(List<Document> docs) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(IndexFields.analyzer()))) {
        for (Document doc : docs) {
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertEquals(1, reader.leaves().size());
        LeafReader leaf = reader.leaves().get(0).reader();
        for (String field : List.of(IndexFields.TEXT, IndexFields.EXACT)) {
          postings(leaf, field, lines);
          NumericDocValues norms = leaf.getNormValues(field);
          while (norms.nextDoc() != NumericDocValues.NO_MORE_DOCS) {
            lines.add(field + " norm " + norms.docID() + "=" + norms.longValue());
          }
        }
        for (int doc = 0; doc < leaf.maxDoc(); doc++) {
          lines.add("stored " + doc + "=" + leaf.storedFields().document(doc).get(IndexFields.TEXT));
        }
      }
    }
    return lines;
  }

  private static void postings(LeafReader leaf, String field, List<String> lines) throws IOException {
    Terms terms = leaf.terms(field);
    TermsEnum each = terms.iterator();
    for (BytesRef term = each.next(); term != null; term = each.next()) {
      StringBuilder line = new StringBuilder(field + ":" + term.utf8ToString());
      PostingsEnum postings = each.postings(null, PostingsEnum.ALL);
      while (postings.nextDoc() != PostingsEnum.NO_MORE_DOCS) {
        line.append(" d").append(postings.docID()).append('×').append(postings.freq());
        for (int i = 0; i < postings.freq(); i++) {
          line.append(" @").append(postings.nextPosition()).append('[').append(postings.startOffset()).append(',')
              .append(postings.endOffset()).append(')');
        }
      }
      lines.add(line.toString());
    }
  }
}
