package fr.parole.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One sentence per detection rule of {@link NameFinder}, read as a user reads the result: which
 * words were replaced, which stayed. Each group names the rule it pins; a sentence ending without a
 * full stop checks the rule at the very end of a text. {@code \n} in a sentence is a line break.
 */
class NameFinderRulesTest {
  static Pseudonymiser pseudonymiser;

  @BeforeAll
  static void load() {
    pseudonymiser = Pseudonymiser.french(TestModels.MODELS);
  }

  private static void assertPseudonymised(String text, String expected) {
    String in = text.replace("\\n", "\n");
    assertEquals(expected.replace("\\n", "\n"), pseudonymiser.pseudonymise(in, new Pseudonymiser.Placeholders()), text);
  }

  /** A title makes the next word a name, lower case or common; « M » and « me » alone only before a capital. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "Merci au Dr | Merci au Dr",
      "Merci au Dr. | Merci au Dr.",
      "Merci M | Merci M",
      "Il me | Il me",
      "Il me donne ses médicaments. | Il me donne ses médicaments.",
      "Me voici, me voilà. | Me voici, me voilà.",
      "M Dupont est venu. | M [NOM-1] est venu.",
      "M de Villepin est venu. | M [NOM-1] est venu.",
      "M. et Mme Hamon sont venus. | M. et Mme [NOM-1] sont venus.",
      "M. et Mme hamon sont venus. | M. et Mme [NOM-1] sont venus.",
      "Le Dr Martin à Rennes. | Le Dr [NOM-1] à Rennes.",
      "Le Dr Petit et moi. | Le Dr [NOM-1] et moi.",
      "Les Drs Petit et Lapin. | Les Drs [NOM-1] et [NOM-2].",
      "Le docteur benali | Le docteur [NOM-1]",
      "Le docteur présent était gentil. | Le docteur présent était gentil.",
      "Le docteur rose était gentil. | Le docteur [NOM-1] était gentil.",
      "Le docteur blanc était gentil. | Le docteur [NOM-1] était gentil.",
      "Le docteur julie était gentille. | Le docteur [NOM-1] était gentille.",
      "Madame marie dupont était gentille. | Madame [NOM-1] était gentille.",
      "Madame marie était gentille. | Madame [NOM-1] était gentille.",
      "Le Dr Du Pont de Nemours est venu. | Le Dr [NOM-1] est venu.",
      "Le Dr de La Fontaine est venu. | Le Dr [NOM-1] est venu.",
      "Le Dr de | Le Dr de",
      "Le Dr de la | Le Dr de la",
      "Merci.\\nDr. Martin | Merci.\\nDr. [NOM-1]",
      "Merci à M. dupont. | Merci à M. [NOM-1].",
      "Vu par Me Kzwrtel. | Vu par Me [NOM-1].",
      "Vu par Me. dupont. | Vu par Me. [NOM-1].",
      "Merci au Dr Martin de | Merci au Dr [NOM-1] de",
      "Merci au Dr Petit et | Merci au Dr [NOM-1] et",
      "Le Dr Martin de\\nLa Fontaine. | Le Dr [NOM-1] de\\n[NOM-2].",
      "Le docteur ok pour moi. | Le docteur ok pour moi.",
  })
  void titles(String text, String expected) {
    assertPseudonymised(text, expected);
  }

  /** A name half hidden by the site that published it (« B*** », « B.......e ») goes whole. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "Mme B*** est passée. | Mme [NOM-1] est passée.",
      "Mme Lucie B.......e est passée. | Mme [NOM-1] est passée.",
      "Mme Lucie B....... | Mme [NOM-1]",
      "Mme Lucie B. | Mme [NOM-1]",
      "Mme B.. est passée. | Mme [NOM-1] est passée.",
      "Julie D. est venue. | [NOM-1] est venue.",
      "Julie D. | [NOM-1]",
      "J. Martin est venu. | [NOM-1] est venu.",
      "Merci à J. Martin | Merci à [NOM-1]",
      "Merci à J. | Merci à J.",
      "Merci à J | Merci à J",
  })
  void initialsAndMaskedNames(String text, String expected) {
    assertPseudonymised(text, expected);
  }

  /** A role named as such (« l'infirmière », « le kiné ») makes the next word a name, unless it is a common word. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "Merci à l'infirmière DUPONT. | Merci à l'infirmière [NOM-1].",
      "Merci à l'infirmière | Merci à l'infirmière",
      "Merci à l'infirmière, | Merci à l'infirmière,",
      "Merci à l'infirmière J. Martin pour tout. | Merci à l'infirmière [NOM-1] pour tout.",
      "Merci à l'infirmière julie pour tout. | Merci à l'infirmière [NOM-1] pour tout.",
      "Merci à l'infirmière présente pour tout. | Merci à l'infirmière présente pour tout.",
      "Merci à l'infirmière kzwrtel pour tout. | Merci à l'infirmière [NOM-1] pour tout.",
      "Le kiné jérôme est super. | Le kiné [NOM-1] est super.",
      "Le kiné | Le kiné",
      "Un médecin interne est passé. | Un médecin interne est passé.",
      "Merci à l'interne, Julie. | Merci à l'interne, [NOM-1].",
      "Médecin Dupont, très bien. | Médecin [NOM-1], très bien.",
      "Merci, infirmière Julie. | Merci, infirmière [NOM-1].",
      "l'infirmière Prudence | l'infirmière [NOM-1]",
      "La kiné rose est super. | La kiné [NOM-1] est super.",
      "Le kiné kzwrtel est venu. | Le kiné [NOM-1] est venu.",
      "Merci à l'infirmière rose. | Merci à l'infirmière [NOM-1].",
      "Merci, infirmière rose. | Merci, infirmière [NOM-1].",
      "Infirmière présente et gentille. | Infirmière présente et gentille.",
      "Kiné présent, merci. | Kiné présent, merci.",
  })
  void roles(String text, String expected) {
    assertPseudonymised(text, expected);
  }

  /** A capitalised word alone: a known first name or surname, or a proper noun the dictionary does not know. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "Merci à JULIE | Merci à [NOM-1]",
      "Nous avons vu Olivier hier. | Nous avons vu [NOM-1] hier.",
      "Olivier était là. | [NOM-1] était là.",
      "Olivier Dupont était là. | [NOM-1] était là.",
      "Super ! Rose était là. | Super ! [NOM-1] était là.",
      "Nous avons vu Rose hier. | Nous avons vu [NOM-1] hier.",
      "Nous avons vu Kzwrtel hier. | Nous avons vu [NOM-1] hier.",
      "Kzwrtel est venu. | [NOM-1] est venu.",
      "Merci à Jean-Pierre Le Goff et à Van Damme. | Merci à [NOM-1] et à [NOM-2].",
      "Merci à Le Bihan. | Merci à [NOM-1].",
      "Très bien mais Prudence Lapin est partie. | Très bien mais [NOM-1] est partie.",
      "Super, Prudence était là. | Super, [NOM-1] était là.",
      "Super\\nPrudence était là. | Super\\n[NOM-1] était là.",
      "Merci À Toute L'équipe Et À Julie | Merci À Toute L'équipe Et À [NOM-1]",
      "Merci À Toute L'équipe, Julie Dupont | Merci À Toute L'équipe, [NOM-1]",
      "Julie, Martin et moi sommes venus. | [NOM-1], [NOM-2] et moi sommes venus.",
      "J. Martin, Julie et moi. | [NOM-1], [NOM-2] et moi.",
      "Super ! Marine Kzwrtel était là. | Super ! [NOM-1] était là.",
      "Marine Kzwrtel est venue. | [NOM-1] est venue.",
      "Merci à Mme D’Almeida. | Merci à Mme [NOM-1].",
      "Merci à D'Almeida. | Merci à [NOM-1].",
      "Merci à D’Almeida. | Merci à [NOM-1].",
  })
  void bareNames(String text, String expected) {
    assertPseudonymised(text, expected);
  }

  /** Without a title or role, places, services, diseases and capitalised titles of a comment stay. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "Résidence Marcel Pagnol, très bien.",
      "Hôpital Saint-Antoine, très bien.",
      "Nous étions à Rennes puis à Brest.",
      "Nous étions à Saint-Malo.",
      "Merci à Pitié-Salpêtrière.",
      "Très Bon Accueil Et Personnel Souriant.",
      "Très Bien Mais Prudence Lapin Est Partie",
      "Accueil Et Personnel",
      "Le CHU Et La Clinique",
      "A B",
      "Dr",
      "J'ai eu le Covid19 en mars.",
      "Chambre A12 propre.",
      "Bof, rien à dire.",
      "!!!",
      "...",
      "!",
      ".",
      "?",
  })
  void placesAndCapitalisedTitlesStay(String text) {
    assertPseudonymised(text, text);
  }

  /** A lower-case word is a name when it is a first name that is no common word, or before « le kiné ». */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "merci a julie | merci a [NOM-1]",
      "on a vu julie | on a vu [NOM-1]",
      "on a vu martin le kiné. | on a vu [NOM-1] le kiné.",
      "on a vu claire le kiné. | on a vu [NOM-1] le kiné.",
      "on a vu martin l'infirmière | on a vu [NOM-1] l'infirmière",
      "on a vu présent le kiné. | on a vu présent le kiné.",
      "Très bien mais prudence | Très bien mais prudence",
      "Bon Accueil Et Personnel, merci à Julie. | Bon Accueil Et Personnel, merci à [NOM-1].",
  })
  void lowerCaseNames(String text, String expected) {
    assertPseudonymised(text, expected);
  }

  /** A last line of capitalised words after a line break or a comma is a signature when one of its words is a name. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "Merci à tous.\\nJulie | Merci à tous.\\n[NOM-1]",
      "Merci à tous\\nJulie Martin | Merci à tous\\n[NOM-1]",
      "Merci à tous. Julie | Merci à tous. [NOM-1]",
      "Bon séjour.\\nM. et Mme Hamon | Bon séjour.\\nM. et Mme [NOM-1]",
      "Bon séjour.\\nLa famille Besson | Bon séjour.\\nLa famille [NOM-1]",
      "Très bien - Famille Besson | Très bien - Famille [NOM-1]",
      "Merci Famille Martin | Merci Famille [NOM-1]",
      "Merci pour tout !\\nJulie D. | Merci pour tout !\\n[NOM-1]",
      "Merci pour tout.\\nMarc Lapin | Merci pour tout.\\n[NOM-1]",
      "Merci pour tout.\\nRose Blanc | Merci pour tout.\\n[NOM-1]",
      "Bonne journée, Julie Lapin | Bonne journée, [NOM-1]",
      "Merci\\n-- Olivier | Merci\\n-- [NOM-1]",
      "Merci (Julie) | Merci ([NOM-1])",
      "Merci ; Marc Petit | Merci ; [NOM-1]",
      "Merci.\\nDr Martin et Pr Durand | Merci.\\nDr [NOM-1] et Pr [NOM-2]",
      "Merci : Prudence | Merci : [NOM-1]",
      "Merci - Prudence | Merci - [NOM-1]",
      "Merci... Prudence | Merci... [NOM-1]",
      "Merci et Prudence | Merci et [NOM-1]",
      "Merci.\\nPrudence. | Merci.\\n[NOM-1].",
      "Merci.\\nService Cardiologie Prudence | Merci.\\nService Cardiologie [NOM-1]",
      "Merci Prudence | Merci [NOM-1]",
      "Merci à toute l'équipe Prudence | Merci à toute l'équipe [NOM-1]",
      "Cordialement, Mme Dupont. | Cordialement, Mme [NOM-1].",
      "Cordialement, M. Dupont | Cordialement, M. [NOM-1]",
      "Cordialement, Marc Dupont et Julie Martin | Cordialement, [NOM-1] et [NOM-2]",
      "Cordialement, Rennes | Cordialement, Rennes",
      "Cordialement, Bretagne Sud | Cordialement, Bretagne Sud",
      "Très bien.\\nLe service Cardiologie | Très bien.\\nLe service Cardiologie",
      "Merci pour tout !\\nA B C D E F G H I J | Merci pour tout !\\nA B C D E F G H I J",
      "Merci.\\nJ. M. | Merci.\\nJ. M.",
      "Très bon séjour ... | Très bon séjour ...",
      "Merci.\\nFamille Blanc | Merci.\\nFamille [NOM-1]",
      "Merci pour tout.\\nFamille Boulanger. | Merci pour tout.\\nFamille [NOM-1].",
      "Merci.\\nLa famille Bon | Merci.\\nLa famille [NOM-1]",
      "Merci, M. B. | Merci, M. [NOM-1].",
      "Merci - Dr. B. | Merci - Dr. [NOM-1].",
      "Très bien, Mr. Blanc | Très bien, Mr. [NOM-1]",
      "Très bien.\\n-- Famille Blanc -- | Très bien.\\n-- Famille [NOM-1] --",
      "Bien reçu ( Famille Blanc ) | Bien reçu ( Famille [NOM-1] )",
      "Merci, Jean Paul Pierre Marie Louis Henri Jacques Michel | Merci, [NOM-1]",
      "Merci ! Famille Bon. | Merci ! Famille [NOM-1].",
      "Merci ; Mme Bon. | Merci ; Mme [NOM-1].",
      "Merci, Blanc | Merci, [NOM-1]",
      "Merci, Julie B. | Merci, [NOM-1]",
      "Merci, Famille Blanc et Famille Lapin | Merci, Famille [NOM-1] et Famille [NOM-2]",
      ". Julie | . [NOM-1]",
      ".\\nJulie | .\\n[NOM-1]",
      "Merci.\\nFamille Chat | Merci.\\nFamille [NOM-1]",
      "Merci.\\nFamille Table | Merci.\\nFamille [NOM-1]",
      "Merci, Famille Soleil et Mme. Table | Merci, Famille [NOM-1] et Mme. [NOM-2]",
      "Merci.\\nMme. Soleil | Merci.\\nMme. [NOM-1]",
      "Merci, J. Blanc | Merci, [NOM-1]",
      "Merci, Mme. et M. Soleil | Merci, Mme. et M. [NOM-1]",
  })
  void signatures(String text, String expected) {
    assertPseudonymised(text, expected);
  }

  /**
   * Full names typed in lower case, names after a role in capitals, masked or as an initial, and
   * the unknown words that are not names (after « un », « leur », a plural role; a ward's acronym).
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "le service de claire manach est à fuir | le service de [NOM-1] est à fuir",
      "merci a julien quéré pour tout | merci a [NOM-1] pour tout",
      "il se marie demain | il se marie demain",
      "Merci à l'infirmière DUPONT | Merci à l'infirmière [NOM-1]",
      "Merci à l'infirmière B*** pour tout. | Merci à l'infirmière [NOM-1] pour tout.",
      "Merci à l'infirmière J. | Merci à l'infirmière [NOM-1]",
      "J'ai vu le médecin ORL. | J'ai vu le médecin ORL.",
      "Nous avons pris un Blablacar. | Nous avons pris un Blablacar.",
      "Leur Kinée était absente. | Leur Kinée était absente.",
      "Les Kerbrat sont venus. | Les [NOM-1] sont venus.",
      "les infirmières refasse tout | les infirmières refasse tout",
      "l'infirmière kerbrat est passée | l'infirmière [NOM-1] est passée",
  })
  void lowerCaseFullNamesAndWhatARoleIntroduces(String text, String expected) {
    assertPseudonymised(text, expected);
  }

  /** A text that ends in the middle of a rule (a role, an initial, « le » before a role) is read to its end. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "Super ! Marine | Super ! ",
      "Merci à l'infirmière J. | Merci à l'infirmière ",
      "on a vu martin le | on a vu ",
      "on a vu martin l | on a vu ",
  })
  void textsEndingInsideARule(String text, String kept) {
    String out = pseudonymiser.pseudonymise(text, new Pseudonymiser.Placeholders());
    org.junit.jupiter.api.Assertions.assertTrue(out.startsWith(kept), out);
  }
}
