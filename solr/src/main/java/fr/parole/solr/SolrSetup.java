package fr.parole.solr;

import fr.parole.ParoleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;

/**
 * Prepares SolrCloud for Parole: {@code configset <dossier>} writes the configset generated from
 * Parole's analysis; {@code create <url> <collection> [shards] [réplicas]} uploads it and creates
 * the collection. Example: {@code java -cp target/parole.jar:solr/target/parole-solr.jar
 * fr.parole.solr.SolrSetup create http://localhost:8983/solr esatis 2 1}.
 */
public final class SolrSetup {
  private static final String USAGE = """
      Usage : SolrSetup configset <dossier>
              SolrSetup create <url-solr> <collection> [shards (2)] [réplicas (1)]
      Exemple : java -cp target/parole.jar:solr/target/parole-solr.jar fr.parole.solr.SolrSetup \\
                  create http://localhost:8983/solr esatis 2 1
      """;

  private SolrSetup() {}

  public static void main(String[] args) {
    try {
      run(List.of(args));
    } catch (ParoleException e) {
      System.err.println("parole-solr : " + e.getMessage());
      System.exit(2);
    }
  }

  static void run(List<String> args) {
    if (args.size() == 2 && args.get(0).equals("configset")) {
      writeConfigset(Path.of(args.get(1)));
      System.out.println("Configset écrit dans " + args.get(1));
    } else if (args.size() >= 3 && args.size() <= 5 && args.get(0).equals("create")) {
      int shards = args.size() > 3 ? number(args.get(3), "shards") : 2;
      int replicas = args.size() > 4 ? number(args.get(4), "réplicas") : 1;
      create(args.get(1), args.get(2), shards, replicas);
      System.out.println("Collection " + args.get(2) + " créée sur " + args.get(1) + " (" + shards + " shards, "
          + replicas + " réplica(s)). Dans study.yaml : index: { solr: \"" + args.get(1) + "\", collection: "
          + args.get(2) + " }");
    } else {
      throw new ParoleException("arguments incompris : " + String.join(" ", args) + "\n" + USAGE);
    }
  }

  private static int number(String text, String what) {
    try {
      int n = Integer.parseInt(text);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new ParoleException("nombre de " + what + " attendu (entier ≥ 1), reçu « " + text + " ».\n" + USAGE);
  }

  static void writeConfigset(Path dir) {
    try {
      SolrSchema.write(dir);
    } catch (IOException e) {
      throw new ParoleException("Écriture du configset dans " + dir + " impossible : " + e.getMessage());
    }
  }

  /** Uploads the configset (named after the collection) and creates the collection. */
  public static void create(String url, String collection, int shards, int replicas) {
    Path dir = null;
    try (SolrClient client = new HttpJdkSolrClient.Builder(url.replaceAll("/+$", ""))
        .withConnectionTimeout(5, TimeUnit.SECONDS).build()) {
      dir = Files.createTempDirectory("parole-configset");
      SolrSchema.write(dir);
      Path zip = dir.resolveSibling(dir.getFileName() + ".zip");
      zip(dir, zip);
      ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload().setUploadFile(zip.toFile(), "application/zip");
      upload.setConfigSetName("parole-" + collection);
      upload.setOverwrite(true);
      upload.process(client);
      Files.deleteIfExists(zip);
      CollectionAdminRequest.createCollection(collection, "parole-" + collection, shards, replicas).process(client);
    } catch (Exception e) {
      throw new ParoleException("Création de la collection « " + collection + " » sur " + url + " impossible : "
          + ParoleException.excerpt(String.valueOf(e.getMessage())));
    }
  }

  private static void zip(Path dir, Path zip) throws IOException {
    try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip));
        java.util.stream.Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        out.putNextEntry(new java.util.zip.ZipEntry(file.getFileName().toString()));
        Files.copy(file, out);
        out.closeEntry();
      }
    }
  }
}
