package fr.parole.solr;

import fr.parole.ParoleException;
import fr.parole.study.StudyConfig.IndexSpec;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.schema.SchemaResponse;

/**
 * Before anything is read or written: the collection answers, and its fields are Parole's. A
 * collection made for something else (another schema, an older Parole) would index without error
 * and search wrong, so it is refused, naming the first field that differs.
 */
final class SolrSchemaCheck {
  private SolrSchemaCheck() {}

  static void check(SolrClient client, IndexSpec spec) {
    List<Map<String, Object>> fields;
    try {
      fields = new SchemaRequest.Fields().process(client).getFields();
    } catch (Exception e) {
      throw unreachable(spec, e);
    }
    for (Map.Entry<String, String> expected : SolrSchema.FIELDS.entrySet()) {
      Map<String, Object> found = fields.stream().filter(f -> expected.getKey().equals(f.get("name"))).findFirst()
          .orElse(null);
      if (found == null || !expected.getValue().equals(found.get("type"))) {
        throw new ParoleException("La collection SolrCloud « " + spec.collection() + " » (" + spec.solr() + ") n'a pas "
            + "le schéma de Parole : le champ « " + expected.getKey() + " » " + (found == null ? "manque"
            : "est de type « " + found.get("type") + " » au lieu de « " + expected.getValue() + " »")
            + ". Créez-la avec : java -cp parole.jar:parole-solr.jar fr.parole.solr.SolrSetup create " + spec.solr()
            + " " + spec.collection());
      }
    }
  }

  /** Solr does not answer, or the collection does not exist: say which URL, and that nothing was written. */
  static ParoleException unreachable(IndexSpec spec, Exception e) {
    if (e instanceof ParoleException p) {
      return p;
    }
    if (e instanceof org.apache.solr.common.SolrException refused) {
      return new ParoleException("La collection SolrCloud « " + spec.collection() + " » (" + spec.solr() + ") a refusé "
          + "la requête : " + ParoleException.excerpt(refused.getMessage()) + ". Vérifiez qu'elle existe (SolrSetup "
          + "create) ; le stockage de l'étude n'a pas changé.", e);
    }
    return new ParoleException("Le serveur Solr " + spec.solr() + " ne répond pas pour la collection « "
        + spec.collection() + " » (" + reason(e) + "). Rien n'a été "
        + "écrit. Vérifiez index.solr et index.collection dans study.yaml, ou que SolrCloud est démarré.", e);
  }

  /** The innermost cause's words: a refused connection often has no message of its own. */
  static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() != null ? root.getMessage() : e.getMessage();
    return ParoleException.excerpt(message != null ? message : root.getClass().getSimpleName());
  }
}
