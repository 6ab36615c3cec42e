package fr.parole.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {
  static Pseudonymiser pseudonymiser;

  @BeforeAll
  static void load() {
    pseudonymiser = Pseudonymiser.french(TestModels.MODELS);
  }

  private static String run(String text) {
    return pseudonymiser.pseudonymise(text, new Pseudonymiser.Placeholders());
  }

  @Test
  void namesAfterTitlesAndRolesAndKnownFirstNames() {
    assertEquals("Le Dr [NOM-1] a été très à l'écoute, merci à l'infirmière [NOM-2] et à Mme [NOM-3].",
        run("Le Dr Martin a été très à l'écoute, merci à l'infirmière Julie et à Mme Dupont."));
    // A first name and the surname after it are one person.
    assertEquals("Je suis [NOM-1], hospitalisée au CHU de Rennes en cardiologie.",
        run("Je suis Marie Durand, hospitalisée au CHU de Rennes en cardiologie."));
  }

  @Test
  void theSameNameKeepsItsPlaceholderAcrossTexts() {
    Pseudonymiser.Placeholders study = new Pseudonymiser.Placeholders();
    assertEquals("Merci au Dr [NOM-1].", pseudonymiser.pseudonymise("Merci au Dr Martin.", study));
    assertEquals("Mme [NOM-2] et le Dr [NOM-1].", pseudonymiser.pseudonymise("Mme Dupont et le Dr Martin.", study));
  }

  @Test
  void contactDetailsAndSocialSecurityNumbers() {
    assertEquals("Appelez le [TEL] ou le [TEL], écrivez à [EMAIL] ; NIR [NIR].",
        run("Appelez le 06 12 34 56 78 ou le +33 1 45 67 89 10, écrivez à jean.dupont@gmail.com ; NIR 1 84 12 75 123 456 78."));
  }

  @Test
  void commonWordsJobsServicesAndEstablishmentsStay() {
    String text = "Le cadre de santé et l'aide-soignante du service des Urgences ont été parfaits. Accueil chaleureux "
        + "à l'Hôpital Saint-Louis, le CHU a un bon RU.";
    assertEquals(text, run(text));
    String sentenceStart = "Personnel attentif. Repas froids. Chambre propre.";
    assertEquals(sentenceStart, run(sentenceStart));
  }

  @Test
  void acronymsStayButSurnamesInCapitalsAfterATitleOrFirstNameGo() {
    String method = "Les RU ont été impliqués dans la méthode AMPATTI, avec l'ANAP et la DGOS.";
    assertEquals(method, run(method));
    assertEquals("Le Dr [NOM-1] et Mme [NOM-2] ont vu [NOM-3], comme l'infirmière [NOM-4].",
        run("Le Dr DUPONT et Mme LE GOFF ont vu Julie MARTIN, comme l'infirmière BOB."));
  }
}
