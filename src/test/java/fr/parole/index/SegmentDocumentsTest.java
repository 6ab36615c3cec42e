package fr.parole.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.study.SegmentKind;
import fr.parole.study.SegmentRecord;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

/** The attribute fields a document reuses are those {@link FacetsConfig#build} makes for the whole document. */
class SegmentDocumentsTest {
  private static SegmentRecord segment(long id, Map<String, String> attributes) {
    return new SegmentRecord(id, 3, "verbatims/a.csv", (int) id, SegmentKind.COMMENT, null, 0, 10, 2,
        "Accueil chaleureux.", 2, attributes);
  }

  /** Each attribute field as name, value and doc-values kind, in document order. */
  private static List<String> attributeFields(Document doc) {
    return doc.getFields().stream()
        .filter(f -> f.name().startsWith(IndexFields.ATTRIBUTE_PREFIX) || f.name().startsWith("$"))
        .map(SegmentDocumentsTest::describe).toList();
  }

  private static String describe(IndexableField f) {
    String value = f.binaryValue() != null ? f.binaryValue().utf8ToString() : f.stringValue();
    return f.name() + "=" + value + "/" + f.fieldType().docValuesType() + "/" + f.fieldType().indexOptions();
  }

  @Test
  void reusedAttributeFieldsAreThoseTheFacetsConfigBuildsForTheWholeDocument() throws Exception {
    FacetsConfig facets = IndexFields.facetsConfig();
    SegmentDocuments documents = new SegmentDocuments(facets);
    Map<String, String> attributes = Map.of("establishment", "CHU1", "polarity", "positif", "year", "2024");
    documents.document(segment(1, attributes)); // fills the cache
    Document cached = documents.document(segment(2, attributes));

    Document expected = new Document();
    segment(2, attributes).attributes().forEach((name, value) -> {
      expected.add(new StringField(IndexFields.ATTRIBUTE_PREFIX + name, value, Field.Store.YES));
      expected.add(new SortedSetDocValuesFacetField(name, value));
    });
    List<String> built = attributeFields(facets.build(expected));

    assertEquals(built.stream().sorted().toList(), attributeFields(cached).stream().sorted().toList());
    // Filters match the attr. terms: the facets' drill-down terms are not indexed (IndexFields.facetsConfig).
    assertEquals(2 * 3, built.size(), "filter copy and facet value per attribute: " + built);
    assertTrue(cached.getFields().stream().filter(f -> f.name().startsWith("$"))
        .allMatch(f -> f.fieldType().indexOptions() == org.apache.lucene.index.IndexOptions.NONE), built.toString());
  }
}
