package fr.parole.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.parole.study.Study;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The hashes that tell an import what changed: a file's content, and the rules that give attributes. */
final class ContentHashes {
  /**
   * The version of the naming of cases columns: since 2, usual names give the study's attributes
   * (« Établissement » → establishment, see {@code study.AttributeNames}).
   */
  private static final String CASES_NAMING = "cases-naming-2";

  private ContentHashes() {}

  /** Changes to cases files or to the speaker and section rules change every segment's attributes. */
  static String attributeConfigHash(Study study, List<SourceFile> caseSources) {
    try {
      MessageDigest digest = digest();
      for (SourceFile file : caseSources) {
        digest.update(file.name().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update(file.bytes());
      }
      // Maps written with sorted keys: the toString of Map.copyOf maps changes order from one JVM to the
      // next, which made every new `parole import` re-read all sources.
      if (!caseSources.isEmpty()) {
        // How cases columns are named: a change of it re-reads the sources once.
        digest.update(CASES_NAMING.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      String rules = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
          .writeValueAsString(new Object[] {study.config().speakers(), study.config().sections()});
      digest.update(rules.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("study.yaml's rules are plain strings, lists and maps", e);
    }
  }

  /** The file's bytes and what else decides what reading it gives (a questionnaire's definition). */
  static String contentHash(String settings, SourceFile file) {
    if (settings.isEmpty()) {
      return sha256(file.bytes());
    }
    byte[] extra = ("\u0000" + settings).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] all = java.util.Arrays.copyOf(file.bytes(), file.bytes().length + extra.length);
    System.arraycopy(extra, 0, all, file.bytes().length, extra.length);
    return sha256(all);
  }

  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
