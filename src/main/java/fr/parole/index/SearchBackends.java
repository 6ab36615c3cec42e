package fr.parole.index;

import fr.parole.ParoleException;
import fr.parole.Progress;
import fr.parole.study.Study;
import fr.parole.study.StudyConfig.IndexSpec;
import java.util.Iterator;
import java.util.ServiceLoader;

/** The backend study.yaml asks for: the local index, or SolrCloud when {@code index.solr} is set. */
public final class SearchBackends {
  private SearchBackends() {}

  public static SearchBackend open(Study study, Progress progress) {
    IndexSpec spec = study.config().index();
    if (!spec.isSolr()) {
      return new LocalSearchBackend(study.indexDir(), study.config().attributes(), progress);
    }
    Iterator<SearchBackendProvider> found = ServiceLoader.load(SearchBackendProvider.class).iterator();
    if (!found.hasNext()) {
      throw new ParoleException("study.yaml demande un index SolrCloud (index.solr: " + spec.solr()
          + ") mais le module Solr de Parole est absent. Construisez-le : mvn -B -DskipTests package "
          + "(il produit solr/target/parole-solr.jar, que le lanceur parole ajoute de lui-même), ou retirez "
          + "« index: » de study.yaml pour l'index local.");
    }
    return found.next().open(spec, study.config().attributes(), progress);
  }
}
