package fr.parole.solr;

import fr.parole.Progress;
import fr.parole.index.SearchBackend;
import fr.parole.index.SearchBackendProvider;
import fr.parole.study.StudyConfig.IndexSpec;
import java.util.List;

/** Found by Parole's ServiceLoader when this module's jar is on the classpath. */
public final class SolrBackendProvider implements SearchBackendProvider {
  @Override
  public SearchBackend open(IndexSpec spec, List<String> preferredAttributes, Progress progress) {
    return SolrSearchBackend.open(spec, preferredAttributes, progress);
  }
}
