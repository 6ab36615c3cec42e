package fr.parole.study;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code study.yaml} says: which sources to import, where case attributes come from, which
 * attributes reports show, how speaker codes and section headings give attributes.
 */
public record StudyConfig(
    String name,
    List<SourceSpec> sources,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> cases,
    List<String> attributes,
    SpeakerSpec speakers,
    SectionSpec sections,
    String codebook,
    EsatisSpec esatis,
    Map<String, AttributeLabels> labels,
    IndexSpec index) {

  public StudyConfig {
    sources = sources == null ? List.of() : List.copyOf(sources);
    cases = cases == null ? List.of() : List.copyOf(cases);
    attributes = attributes == null ? List.of() : List.copyOf(attributes);
    speakers = speakers == null ? new SpeakerSpec(null, null, null) : speakers;
    esatis = esatis == null ? new EsatisSpec(null, null) : esatis;
    labels = labels == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    index = index == null ? new IndexSpec(null, null) : index;
  }

  /** A study.yaml without an {@code index:} block: the local Lucene index. */
  public StudyConfig(String name, List<SourceSpec> sources, List<String> cases, List<String> attributes,
      SpeakerSpec speakers, SectionSpec sections, String codebook, EsatisSpec esatis,
      Map<String, AttributeLabels> labels) {
    this(name, sources, cases, attributes, speakers, sections, codebook, esatis, labels, null);
  }

  /** A study.yaml without an {@code esatis:} block. */
  public StudyConfig(String name, List<SourceSpec> sources, List<String> cases, List<String> attributes,
      SpeakerSpec speakers, SectionSpec sections, String codebook) {
    this(name, sources, cases, attributes, speakers, sections, codebook, null, null, null);
  }

  /** A study.yaml without a {@code labels:} block. */
  public StudyConfig(String name, List<SourceSpec> sources, List<String> cases, List<String> attributes,
      SpeakerSpec speakers, SectionSpec sections, String codebook, EsatisSpec esatis) {
    this(name, sources, cases, attributes, speakers, sections, codebook, esatis, null, null);
  }

  /**
   * One entry of {@code sources:}: a file or a folder, and what it holds ({@code transcript}, the
   * default, {@code esatis} results, {@code verbatims}, {@code questionnaire} responses). For
   * spreadsheets: the {@code sheet} to read in a workbook of several. For e-Satis results and
   * comment exports: {@code columns} (a column's name → what it holds) adding to or overriding what
   * Parole recognises by itself, and for e-Satis the {@code survey} ({@code 48h_mco},
   * {@code ca_mco}) and {@code year} when neither the columns nor the file name say them. A
   * questionnaire source names its definition (a file of the study, or a definition shipped in
   * {@code models/questionnaires/}) and the columns that describe the respondent ({@code attributes}).
   * {@code allow_outside: true} lets the entry read files outside the study folder (its path, or
   * symbolic links under it); without it they are refused, so that a study copied from someone
   * else cannot make Parole read, index and report {@code /etc/…} or another study's files.
   */
  public record SourceSpec(
      String path, String type, String survey, Integer year, String sheet, Map<String, String> columns,
      String questionnaire,
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> attributes,
      String codebook,
      @JsonProperty("allow_outside") boolean allowOutside) {
    public SourceSpec {
      columns = columns == null ? Map.of() : Map.copyOf(columns);
      attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    /** An entry that reads only files inside the study folder. */
    public SourceSpec(String path, String type, String survey, Integer year, String sheet, Map<String, String> columns,
        String questionnaire, List<String> attributes, String codebook) {
      this(path, type, survey, year, sheet, columns, questionnaire, attributes, codebook, false);
    }

    /** A results or comments source, as e-Satis and verbatim readers are configured. */
    public SourceSpec(String path, String type, String survey, Integer year, String sheet,
        Map<String, String> columns) {
      this(path, type, survey, year, sheet, columns, null, null, null);
    }

    public SourceSpec(String path, String type) {
      this(path, type, null, null, null, null, null, null, null);
    }

    /**
     * True when the imported source {@code sourcePath} (relative to the study, as the store
     * names it) comes from this entry: the entry's file, or a file under its folder.
     */
    public boolean covers(String sourcePath) {
      // Called for every segment of a coding run: plain string work, no regular expression.
      String own = path.replace('\\', '/');
      int end = own.length();
      while (end > 0 && own.charAt(end - 1) == '/') {
        end--;
      }
      return sourcePath.startsWith(own.substring(0, end))
          && (sourcePath.length() == end || sourcePath.charAt(end) == '/');
    }
  }

  /**
   * How to read speaker labels: who the interviewer is, and a regular expression whose named
   * groups become attributes (e.g. {@code (?<role>\p{L}+)\s*(?<establishment>\d+)} on "CGS 3"),
   * with optional value maps ({@code establishment: {"3": CHU3}}).
   */
  public record SpeakerSpec(
      List<String> interviewers, String pattern, Map<String, Map<String, String>> values) {
    public SpeakerSpec {
      interviewers = interviewers == null ? List.of() : List.copyOf(interviewers);
      values = values == null ? Map.of() : Map.copyOf(values);
    }
  }

  /**
   * Section headings that set an attribute for the turns below them (e.g. the interview guide's
   * parts: "## Niveau institutionnel" gives level=institutionnel through {@code values}).
   */
  public record SectionSpec(String attribute, String pattern, Map<String, String> values) {
    public SectionSpec {
      values = values == null ? Map.of() : Map.copyOf(values);
    }
  }

  /**
   * Which published e-Satis results stand for the study's establishments: the value of the
   * {@code establishment} attribute → the geographic FINESS of its results (e.g. {@code CHU1:
   * "310783048"}). Without it, the report matches an establishment whose value is its FINESS or
   * its published name. {@code note} is shown beside the results (e.g. to say that a demonstration's
   * ties are made up).
   */
  public record EsatisSpec(Map<String, String> establishments, String note) {
    public EsatisSpec {
      establishments = establishments == null ? Map.of() : Map.copyOf(establishments);
    }
  }

  /**
   * How people read an attribute (its name, its values) in the report, from {@code labels:} in
   * study.yaml: {@code project: Projet}, or {@code role: {label: Fonction, values: {CGS:
   * Coordonnateur général des soins}}}. The study's own words win over the report's; an attribute
   * or a value without a label is shown as the report names it, else as stored.
   */
  public record AttributeLabels(String label, Map<String, String> values) {
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public AttributeLabels {
      values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** {@code project: Projet}: the attribute's label alone. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AttributeLabels of(String label) {
      return new AttributeLabels(label, null);
    }
  }

  /**
   * Where search runs: without {@code index:}, the local Lucene index under {@code .parole/index/};
   * with {@code index: { solr: "http://host:8983/solr", collection: esatis }}, a SolrCloud
   * collection shared by a team (the store stays the study's own).
   */
  public record IndexSpec(String solr, String collection) {
    public boolean isSolr() {
      return solr != null && !solr.isBlank();
    }
  }
}
