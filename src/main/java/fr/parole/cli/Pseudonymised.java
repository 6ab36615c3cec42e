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
   * (one placeholder per name across the command's output, so « Dr Martin » is [NOM-1] as speaker
   * and in the text alike), unless {@code --raw}. The French models load on the first text.
   */
  UnaryOperator<String> shown() {
    if (raw) {
      return UnaryOperator.identity();
    }
    Pseudonymiser.Placeholders placeholders = new Pseudonymiser.Placeholders();
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
