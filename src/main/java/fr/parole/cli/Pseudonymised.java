package fr.parole.cli;

import fr.parole.nlp.FrenchModels;
import fr.parole.nlp.Pseudonymiser;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/**
 * The {@code --raw} option of the commands that show or write what participants said (search,
 * review, agreement): by default texts and speakers are pseudonymised, on screen as in files.
 */
final class Pseudonymised {
  @Option(names = "--raw", description = "Montre et écrit le texte et les locuteurs tels quels (par défaut ils sont "
      + "pseudonymisés : noms, téléphones, e-mails, n° de sécurité sociale remplacés).")
  boolean raw;

  /**
   * What a text or a speaker looks like when shown or written: names and contact details replaced
   * (one placeholder per person in the whole study, kept in its store: « Dr Martin » is the same
   * [NOM-n] as speaker and in the text, in this command and in the report or the atelier), unless
   * {@code --raw}. The French models load on the first text.
   */
  UnaryOperator<String> shown(fr.parole.study.Study study) {
    if (raw) {
      return UnaryOperator.identity();
    }
    Pseudonymiser.Placeholders placeholders = new Pseudonymiser.Placeholders(
        fr.parole.study.Pseudonyms.numbering(study));
    Pseudonymiser[] pseudonymiser = new Pseudonymiser[1];
    return text -> {
      if (text == null || text.isEmpty()) {
        return text;
      }
      if (pseudonymiser[0] == null) {
        pseudonymiser[0] = Pseudonymiser.french(FrenchModels.load());
      }
      return pseudonymiser[0].pseudonymise(text, placeholders);
    };
  }
}
