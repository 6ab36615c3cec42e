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

  @Test
  void titlesInEverySpellingParticlesAndLowerCase() {
    assertEquals("Merci au Dr. [NOM-1], à M. [NOM-2], au Pr [NOM-3] et à Mlle [NOM-4].",
        run("Merci au Dr. Rousseau, à M. Petit, au Pr de La Fontaine et à Mlle Van Thanh."));
    assertEquals("Le docteur [NOM-1] et madame [NOM-2] ont été parfaits, pas le docteur de garde.",
        run("Le docteur benali et madame dupuis ont été parfaits, pas le docteur de garde."));
    assertEquals("Les Drs [NOM-1] et [NOM-2] ; Mme [NOM-3] au secrétariat.",
        run("Les Drs Petit et Durand ; Mme C.......t au secrétariat."));
  }

  @Test
  void firstNamesAloneBareNamesAndSignatures() {
    assertEquals("merci a [NOM-1] et l'infirmière [NOM-2], on a vu [NOM-3] le kiné.",
        run("merci a julie et l'infirmière Sandrine, on a vu martin le kiné."));
    assertEquals("Très déçue par [NOM-1], mais merci à [NOM-2].", run("Très déçue par Vasseur, mais merci à Jean-Pierre Le Goff."));
    assertEquals("Très bon séjour. Cordialement, [NOM-1]", run("Très bon séjour. Cordialement, Marc Dupont"));
    assertEquals("Merci à tous.\n[NOM-1]", run("Merci à tous.\nJulie D."));
  }

  @Test
  void placesServicesStreetsAndDiseasesNamedAfterPeopleStay() {
    String places = "Hôpital Henri-Mondor puis Centre Eugène Marquis, la Pitié-Salpêtrière, le service Charcot, "
        + "la maladie de Parkinson, un Alzheimer, rue Pasteur, l'Institut Curie, l'hôpital Georges Pompidou.";
    assertEquals(places, run(places));
    assertEquals("Le Dr [NOM-1] de l'hôpital Henri-Mondor.", run("Le Dr Rousseau de l'hôpital Henri-Mondor."));
  }

  @Test
  void phonesInEveryFrenchSpelling() {
    assertEquals("[TEL], [TEL], [TEL], [TEL], [TEL] et [TEL].",
        run("+33 (0)1 45 67 89 10, 01.45.67.89.10, 01-45-67-89-10, 0612345678, 0033 1 45 67 89 10 et +33612345678."));
  }

  @Test
  void capitalisedTitlesOfACommentAreNotNames() {
    String shouting = "Très Bon Accueil Et Personnel Souriant, Merci Pour Tout.";
    assertEquals(shouting, run(shouting));
    assertEquals("Le repas de Noël était bon.", run("Le repas de Noël était bon."));
  }
}
