package fr.parole.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class IndexTermsTest {
  private final FrenchTagger tagger = TestModels.MODELS.newTagger();

  @Test
  void rendersLemmasPosAndNegationAlignedWordByWord() {
    TaggedText tagged = tagger.tag("Pas de problème, l'hôpital était propre.");
    assertEquals("pas de problème le hôpital être propre", IndexTerms.join(IndexTerms.lemmas(tagged)));
    assertEquals("pas NEG_de NEG_problème le hôpital être propre",
        IndexTerms.join(IndexTerms.negationMarkedLemmas(tagged)));
    // One POS tag per lemma, punctuation left out in both, so positions line up.
    assertEquals(List.of("ADV", "DET", "NOUN", "DET", "NOUN", "AUX", "ADJ"),
        IndexTerms.posTags(tagged).stream().map(IndexTerms.Term::value).toList());
    assertEquals(IndexTerms.lemmas(tagged).stream().map(IndexTerms.Term::start).toList(),
        IndexTerms.posTags(tagged).stream().map(IndexTerms.Term::start).toList());
  }

  @Test
  void tokenStreamCarriesTheWordsOffsets() throws IOException {
    String text = "Les infirmières n'étaient pas là.";
    List<String> seen = new ArrayList<>();
    try (TokenStream stream = IndexTerms.tokenStream(IndexTerms.lemmas(tagger.tag(text)))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        seen.add(term + "=" + text.substring(offset.startOffset(), offset.endOffset()));
      }
      stream.end();
      assertEquals(text.length() - 1, offset.endOffset());
    }
    assertEquals(List.of("le=Les", "infirmier=infirmières", "ne=n'", "être=étaient", "pas=pas", "là=là"), seen);
  }

  @Test
  void anIndexTellsANegatedProblemFromAProblem() throws IOException {
    String[] segments = {"Il y a un vrai problème de temps.", "Pas de problème, tout va bien.",
        "On n'a pas le temps."};
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
        for (int i = 0; i < segments.length; i++) {
          TaggedText tagged = tagger.tag(segments[i]);
          Document doc = new Document();
          doc.add(new StringField("id", Integer.toString(i), Field.Store.YES));
          doc.add(new TextField("lemma", IndexTerms.tokenStream(IndexTerms.lemmas(tagged))));
          doc.add(new TextField("lemma_neg", IndexTerms.tokenStream(IndexTerms.negationMarkedLemmas(tagged))));
          doc.add(new TextField("pos", IndexTerms.tokenStream(IndexTerms.posTags(tagged))));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        assertEquals(List.of("0", "1"), ids(searcher, new TermQuery(new Term("lemma", "problème"))));
        assertEquals(List.of("0"), ids(searcher, new TermQuery(new Term("lemma_neg", "problème"))));
        assertEquals(List.of("1"), ids(searcher, new TermQuery(new Term("lemma_neg", "NEG_problème"))));
        assertEquals(List.of("2"), ids(searcher, new TermQuery(new Term("lemma_neg", "NEG_temps"))));
        assertEquals(List.of("0"), ids(searcher, new PhraseQuery("pos", "ADJ", "NOUN")));
      }
    }
  }

  private static List<String> ids(IndexSearcher searcher, Query query) throws IOException {
    List<String> ids = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
      ids.add(searcher.storedFields().document(hit.doc).get("id"));
    }
    ids.sort(null);
    return ids;
  }
}
