package fr.parole.index;

import fr.parole.Progress;
import fr.parole.study.StudyConfig.IndexSpec;
import java.util.List;

/**
 * A search backend found at run time through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/fr.parole.index.SearchBackendProvider}): Parole itself never names
 * Solr's classes, so its jar runs without them.
 */
public interface SearchBackendProvider {
  /** Opens the backend {@code spec} names, or refuses it in French (not answering, another schema). */
  SearchBackend open(IndexSpec spec, List<String> preferredAttributes, Progress progress);
}
