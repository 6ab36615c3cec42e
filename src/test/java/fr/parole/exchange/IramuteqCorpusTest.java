package fr.parole.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestCli;
import fr.parole.TestCli.Run;
import fr.parole.TestStudies;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parole export --format iramuteq}, read back by a parser that follows IRaMuTeQ's rules. */
class IramuteqCorpusTest {
  /** A starred variable as IRaMuTeQ splits it: the name up to the first « _ », then the modality. */
  private static final Pattern VARIABLE = Pattern.compile("\\*([A-Za-z0-9]+)_([A-Za-z0-9_]+)");

  @TempDir
  Path dir;

  /** One text of a corpus: its variables (name → modality) and its lines. */
  record Text(Map<String, String> variables, List<String> lines) {}

  /**
   * IRaMuTeQ's reading (ALCESTE format): UTF-8; a text opens with a line « **** » and starred
   * variables separated by spaces; a line opening with « -* » is a theme and must hold only it;
   * any other line opening with « * » is an error.
   */
  static List<Text> parse(byte[] bytes) throws Exception {
    String corpus = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes)).toString();
    List<Text> texts = new ArrayList<>();
    for (String line : corpus.split("\n", -1)) {
      if (line.startsWith("****")) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String token : line.substring(4).strip().split(" +")) {
          var m = VARIABLE.matcher(token);
          if (!m.matches()) {
            throw new AssertionError("variable étoilée invalide « " + token + " » dans « " + line + " »");
          }
          variables.put(m.group(1), m.group(2));
        }
        texts.add(new Text(variables, new ArrayList<>()));
      } else if (line.startsWith("*") || line.startsWith("-*")) {
        throw new AssertionError("ligne de texte commençant par une étoile : « " + line + " »");
      } else if (!line.isBlank()) {
        if (texts.isEmpty()) {
          throw new AssertionError("texte avant la première ligne **** : « " + line + " »");
        }
        texts.get(texts.size() - 1).lines().add(line);
      }
    }
    return texts;
  }

  @Test
  void eachRunOfAParticipantsWordsIsATextWithCleanVariablesAndNoStarredLine() throws Exception {
    Path study = TestStudies.write(dir.resolve("s"), "sources:\n  - path: entretiens/\ncases: cas.csv\n"
        + "attributes: [establishment, role]\nsections:\n  attribute: level\n  values:\n"
        + "    \"Niveau institutionnel\": institutionnel\n    \"Niveau intermédiaire\": intermédiaire\n",
        "entretiens/a.md", "# Niveau institutionnel\n\nQ : Et les patients ?\n\n"
            + "IDE 1 : Les patients sont informés par Mme Lefèvre.\n* une puce\n-* pas un thème\n\n"
            + "IDE 1 : Un autre tour.\n\n# Niveau intermédiaire\n\nIDE 1 : **Le** comité se réunit.\n",
        "entretiens/b.md", "Q : Seulement une question, sans réponse ?\n",
        "cas.csv", "source;establishment;role\na.md;CHU 1;Cadre de santé\nb.md;CHU 1;IDE\n");
    assertEquals(0, TestCli.run("import", study.toString(), "-q").exit());
    Path out = dir.resolve("corpus.txt");
    Run run = TestCli.run("export", study.toString(), "--format", "iramuteq", "--out", out.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("2 texte(s), 3 segment(s), texte pseudonymisé"), run.out());
    List<Text> texts = parse(Files.readAllBytes(out));
    assertEquals(2, texts.size(), "one text per section: the interviewer's question is not in it");
    assertEquals(Map.of("source", "a", "etablissement", "CHU_1", "role", "Cadre_de_sante", "niveau",
        "institutionnel"), texts.get(0).variables());
    assertEquals("intermediaire", texts.get(1).variables().get("niveau"));
    String all = Files.readString(out);
    assertFalse(all.contains("Et les patients"), all);
    assertFalse(all.contains("Lefèvre"), "pseudonymised by default: " + all);
    assertTrue(all.contains("Un autre tour.\n\n**** "), "a blank line between texts: " + all);
    assertTrue(all.contains("une puce") && all.contains("pas un thème") && all.contains("Le comité se réunit."), all);
    assertTrue(Files.readString(out).startsWith("**** *source_a *etablissement_CHU_1 *role_Cadre_de_sante"), all);
  }

  @Test
  void namesAndModalitiesKeepOnlyWhatIramuteqAllows() {
    assertEquals("etablissement", IramuteqCorpus.name("Établissement"));
    assertEquals("niveaudepartenariat", IramuteqCorpus.name("Niveau de partenariat"));
    assertEquals("niveau", IramuteqCorpus.shortName("Niveau de partenariat", java.util.Set.of()));
    assertEquals("niveaudepartenariat", IramuteqCorpus.shortName("Niveau de partenariat", java.util.Set.of("niveau")));
    assertEquals("a_ameliorer", IramuteqCorpus.modality("à améliorer"));
    assertEquals("coeur_2", IramuteqCorpus.modality(" cœur #2 "));
    assertEquals("**** *role_IDE", IramuteqCorpus.header(new LinkedHashMap<>(Map.of("Rôle", "IDE", "*", "x"))));
  }
}
