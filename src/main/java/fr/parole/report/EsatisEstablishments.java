package fr.parole.report;

import fr.parole.study.ReportQueries.EsatisRow;
import fr.parole.study.CorpusCounts;
import fr.parole.study.StudyConfig;
import fr.parole.study.ValueCount;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The study's establishments among published e-Satis results, each under the name the study
 * gives it: those study.yaml's {@code esatis: establishments:} ties to a geographic FINESS, and
 * any whose {@code establishment} value is its FINESS or published name.
 */
final class EsatisEstablishments {
  /** Geographic FINESS → the study's name for it, as study.yaml declares it. */
  private final Map<String, String> declared;
  /** The study's establishment values, lower-cased → as written. */
  private final Map<String, String> values;

  private EsatisEstablishments(Map<String, String> declared, Map<String, String> values) {
    this.declared = declared;
    this.values = values;
  }

  static EsatisEstablishments of(StudyConfig.EsatisSpec spec, CorpusCounts corpus) {
    Map<String, String> declared = new TreeMap<>();
    new TreeMap<>(spec.establishments()).forEach((name, finess) -> declared.putIfAbsent(finess.strip(), name));
    Map<String, String> values = new TreeMap<>();
    corpus.countsBy("establishment").stream().map(ValueCount::value).filter(v -> v != null && !v.isBlank())
        .forEach(v -> values.putIfAbsent(key(v), v.strip()));
    return new EsatisEstablishments(declared, values);
  }

  /** The study's name for the establishment of this result, when it is one of the study's. */
  Optional<String> label(EsatisRow row) {
    String byYaml = declared.get(row.finessGeo());
    if (byYaml != null) {
      return Optional.of(byYaml);
    }
    String byFiness = values.get(key(row.finessGeo()));
    if (byFiness != null) {
      return Optional.of(row.name() == null || row.name().isBlank() ? byFiness : row.name().strip());
    }
    return Optional.ofNullable(row.name() == null ? null : values.get(key(row.name())));
  }

  /** study.yaml's ties, by the study's name: name → FINESS. */
  Map<String, String> declared() {
    Map<String, String> byName = new TreeMap<>();
    declared.forEach((finess, name) -> byName.put(name, finess));
    return byName;
  }

  private static String key(String value) {
    return value.strip().toLowerCase(Locale.FRENCH);
  }
}
