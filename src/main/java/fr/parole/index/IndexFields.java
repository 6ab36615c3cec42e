package fr.parole.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

/** The names and types of the index's fields, shared by the writer and the searcher. */
public final class IndexFields {
  public static final String ID = "id";
  public static final String ORDER = "order";
  public static final String SOURCE_ID = "source_id";
  public static final String SOURCE = "source";
  public static final String SPEAKER = "speaker";
  public static final String KIND = "kind";
  public static final String START = "start";
  public static final String LINE = "line";
  /** A transcript turn's start and end in its recording, in milliseconds (stored only, absent without times). */
  public static final String TIME_START = "time_start";
  public static final String TIME_END = "time_end";
  /** Searchable words: elision, lower case, stop words, stemming, accent folding. */
  public static final String TEXT = "text";
  /** Words as written: elision and lower case only. */
  public static final String EXACT = "exact";
  /**
   * Lemmas from the French tagger ("étaient" → "être"), for codebook rules; the study index does
   * not hold them (tagging every segment at import would triple its time).
   */
  public static final String LEMMA = "lemma";
  /** Universal Dependencies part-of-speech tags from the French tagger, aligned with the lemmas. */
  public static final String POS = "pos";
  /** Prefix of the filterable copy of each attribute: "attr.establishment". */
  public static final String ATTRIBUTE_PREFIX = "attr.";
  /** Commit data key: the store generation the index reflects. */
  public static final String GENERATION = "generation";
  /** Commit data key: the highest segment id indexed. */
  public static final String MAX_SEGMENT_ID = "max_segment_id";

  /** Analysed text with offsets, which the concordance reads back through Lucene's Matches API. */
  public static final FieldType TEXT_TYPE = textType(true);
  public static final FieldType EXACT_TYPE = textType(false);

  private IndexFields() {}

  private static FieldType textType(boolean stored) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(stored);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** The analyzer for both writing and parsing queries (and for the tagger's fields in rules). */
  public static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(new FrenchTextAnalyzer(), Map.of(EXACT, new ExactFormAnalyzer(),
        LEMMA, TagFieldAnalyzer.lemmas(), POS, TagFieldAnalyzer.partsOfSpeech()));
  }

  /**
   * Attribute facets: one single-valued dimension per attribute name, counted from doc values.
   * Filters match the {@code attr.} terms, never the facets' drill-down terms, so those are not
   * indexed: they were two more terms per attribute in every document.
   */
  public static FacetsConfig facetsConfig() {
    return new FacetsConfig() {
      @Override
      protected DimConfig getDefaultDimConfig() {
        DimConfig config = new DimConfig();
        config.drillDownTermsIndexing = DrillDownTermsIndexing.NONE;
        return config;
      }
    };
  }
}
