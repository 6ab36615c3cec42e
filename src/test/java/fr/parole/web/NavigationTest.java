package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The navigation each role sees: daily pages as links, « Codage » and « Analyse » as menus, the page shown marked. */
class NavigationTest {
  private static String seen(Person person, String section) {
    Navigation navigation = new Frame("t", section, "demo", person, "jeton", 0, false).navigation();
    return navigation.items().stream().map(i -> i.menu()
        ? i.label() + (i.current() ? "*" : "") + "[" + i.entries().stream().map(e -> e.label() + (e.current() ? "*" : ""))
            .collect(Collectors.joining(", ")) + "]"
        : i.entries().get(0).label() + (i.current() ? "*" : "")).collect(Collectors.joining(" | "));
  }

  @Test
  void aResearcherSeesSixLinksAndTwoMenusTheCurrentPageMarkedInItsMenu() {
    assertEquals("Tableau de bord | Documents | Revue | Thèmes | Recherche | Discussion | "
        + "Codage[Livre de codes, Codage en aveugle, Activité] | Analyse*[Matrices, Mémos*, Classes lexicales, Rapport]",
        seen(new Person("Rémi", Role.CHERCHEUR, true), "memos"));
    assertEquals("Tableau de bord* | Documents | Revue | Thèmes | Recherche | Discussion | "
        + "Codage[Livre de codes, Codage en aveugle, Activité] | Analyse[Matrices, Mémos, Classes lexicales, Rapport]",
        seen(new Person("Rémi", Role.CHERCHEUR, true), "tableau"));
  }

  @Test
  void aCoResearcherSeesFewerPagesAndAMenuOfOneBecomesALink() {
    assertEquals("Tableau de bord | Documents | Revue | Thèmes | Recherche | Discussion | "
        + "Codage*[Livre de codes, Codage en aveugle*] | Analyse[Matrices, Mémos, Classes lexicales, Rapport]",
        seen(new Person("Alice", Role.CO_CHERCHEUR, true), "aveugle"), "one who may review: no activity page");
    assertEquals("Tableau de bord | Documents | Thèmes | Recherche | Discussion | Livre de codes* | "
        + "Analyse[Matrices, Mémos, Classes lexicales, Rapport]", seen(new Person("Claire", Role.CO_CHERCHEUR, false), "livre"),
        "no review, no blinded coding: « Codage » would hold one page, shown as its link");
    assertEquals("Tableau de bord | Rapport*", seen(new Person("Louis", Role.LECTEUR, false), "rapport"));
  }

  @Test
  void everyPageOfTheNavigationIsOneTheFrameKnows() {
    List<String> sections = new Frame("t", "x", "demo", new Person("Rémi", Role.CHERCHEUR, true), "j", 0, false)
        .navigation().items().stream().flatMap(i -> i.entries().stream()).map(Navigation.Entry::href).toList();
    assertEquals(13, sections.size());
    assertTrue(sections.containsAll(List.of("/", "/memos", "/aveugle", "/activite", "/livre-de-codes", "/classes")));
  }
}
