package fr.parole.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.ParoleException;
import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.index.SearchBackend;
import fr.parole.index.SearchBackendContractTest;
import fr.parole.index.SearchBackends;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.Study;
import fr.parole.study.StudyConfig.IndexSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The backend contract against a real SolrCloud: two nodes, a collection of two shards made from
 * the generated configset; every query's hits, counts, lines and facets must be the local index's.
 */
class SolrCloudSearchTest extends SearchBackendContractTest {
  private MiniSolrCloudCluster cluster;
  private String url;

  @Override
  protected SearchBackend open(Study study) {
    try {
      Path configset = dir.resolve("configset");
      SolrSchema.write(configset);
      Path other = dir.resolve("autre-configset");
      SolrSchema.write(other);
      // Another schema: the exact form analysed as the searchable words (stemmed, folded).
      Files.writeString(other.resolve("schema.xml"), Files.readString(other.resolve("schema.xml"))
          .replace("<field name=\"exact\" type=\"parole_exact\"", "<field name=\"exact\" type=\"parole_text\""));
      cluster = new MiniSolrCloudCluster.Builder(2, dir.resolve("solr"))
          .addConfig("parole", configset).addConfig("autre", other).build();
      CollectionAdminRequest.createCollection("esatis", "parole", 2, 1).process(cluster.getSolrClient());
      // A core of each collection on each node: the node asked answers itself (see docs/scale.md).
      CollectionAdminRequest.createCollection("autre", "autre", 2, 1).process(cluster.getSolrClient());
      cluster.waitForActiveCollection("esatis", 2, 2);
      cluster.waitForActiveCollection("autre", 2, 2);
      url = cluster.getJettySolrRunner(0).getBaseUrl().toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    Path yaml = study.folder().resolve("study.yaml");
    try {
      Files.writeString(yaml, Files.readString(yaml) + "\nindex: { solr: \"" + url + "\", collection: esatis }\n");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    SearchBackend backend = SearchBackends.open(Study.open(study.folder()), Progress.SILENT);
    assertTrue(backend instanceof SolrSearchBackend);
    return backend;
  }

  @AfterAll
  void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  @Test
  void aCollectionWithAnotherSchemaIsRefusedNamingTheField() {
    ParoleException e = assertThrows(ParoleException.class,
        () -> SolrSearchBackend.open(new IndexSpec(url, "autre"), List.of(), Progress.SILENT));
    assertTrue(e.getMessage().contains("« exact »"), e.getMessage());
    assertTrue(e.getMessage().contains("parole_text"), e.getMessage());
  }

  @Test
  void aSolrThatDoesNotAnswerStopsTheImportBeforeTheStoreChanges() throws Exception {
    Path copy = TestStudies.copyOfDemo(dir.resolve("injoignable"));
    Files.writeString(copy.resolve("study.yaml"), Files.readString(copy.resolve("study.yaml"))
        + "\nindex: { solr: \"http://127.0.0.1:9/solr\", collection: esatis }\n");
    Study unreachable = Study.open(copy);
    ParoleException e = assertThrows(ParoleException.class, () -> new Pipeline(Progress.SILENT).importStudy(unreachable));
    assertTrue(e.getMessage().contains("http://127.0.0.1:9/solr"), e.getMessage());
    assertTrue(e.getMessage().contains("ne répond pas"), e.getMessage());
    assertFalse(Files.exists(unreachable.storeFile()), "le stockage n'a pas été créé");
  }

  @Test
  void theStudysSearchGoesToTheCollectionAndFindsWhatTheLocalIndexFinds() {
    Study shared = Study.open(study.folder());
    assertEquals(new Pipeline(Progress.SILENT).search(study, request("patient", java.util.Map.of(), false)).segments(),
        new Pipeline(Progress.SILENT).search(shared, request("patient", java.util.Map.of(), false)).segments());
  }

  @Test
  void solrSetupCreatesACollectionParoleAccepts() {
    SolrSetup.create(url, "cree", 2, 1);
    try (SearchBackend created = SolrSearchBackend.open(new IndexSpec(url, "cree"), List.of(), Progress.SILENT)) {
      assertTrue(created.search(request("patient", java.util.Map.of(), false)).lines().isEmpty());
    }
  }
}
