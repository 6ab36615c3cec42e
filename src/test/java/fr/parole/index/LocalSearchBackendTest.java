package fr.parole.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.ParoleException;
import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.study.Study;
import org.junit.jupiter.api.Test;

/** The backend contract on the local Lucene index, and how study.yaml chooses the backend. */
class LocalSearchBackendTest extends SearchBackendContractTest {
  @Override
  protected SearchBackend open(Study study) {
    return SearchBackends.open(study, Progress.SILENT);
  }

  @Test
  void theLocalIndexIsTheDefault() {
    assertTrue(backend instanceof LocalSearchBackend);
  }

  @Test
  void aSolrIndexWithoutTheSolrModuleIsRefusedInFrench() {
    Study solr = Study.open(TestStudies.write(dir.resolve("solr"), """
        name: partagee
        sources: []
        index: { solr: "http://localhost:8983/solr", collection: esatis }
        """));
    ParoleException e = org.junit.jupiter.api.Assertions.assertThrows(ParoleException.class,
        () -> SearchBackends.open(solr, Progress.SILENT));
    assertTrue(e.getMessage().contains("module Solr de Parole est absent"), e.getMessage());
    assertTrue(e.getMessage().contains("http://localhost:8983/solr"), e.getMessage());
  }

  @Test
  void aMisspeltIndexKeyIsRefusedNamingTheKnownOnes() {
    ParoleException e = org.junit.jupiter.api.Assertions.assertThrows(ParoleException.class,
        () -> Study.open(TestStudies.write(dir.resolve("faute"), """
            name: partagee
            sources: []
            index: { solr: "http://localhost:8983/solr", colection: esatis }
            """)));
    assertTrue(e.getMessage().contains("« colection »"), e.getMessage());
    assertTrue(e.getMessage().contains("collection"), e.getMessage());
  }

  @Test
  void aCollectionWithoutASolrUrlKeepsTheLocalIndex() {
    Study solr = Study.open(TestStudies.write(dir.resolve("sans-collection"), """
        name: partagee
        sources: []
        index: { collection: esatis }
        """));
    // Without index.solr the local index is used: the collection alone changes nothing.
    assertTrue(SearchBackends.open(solr, Progress.SILENT) instanceof LocalSearchBackend);
  }
}
