package fr.parole.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Writes a screenshot of each main page of the atelier on the demo study into {@code docs/atelier/}
 * (run by {@code bench/atelier-screenshots.sh}), so the pictures the README links to stay current.
 * Each picture is the whole page at 1280 pixels wide, as a researcher sees it.
 */
public final class AtelierScreenshots {
  private AtelierScreenshots() {}

  /** File name (without .png) → address on the atelier, in the order of the navigation. */
  static Map<String, String> pages() {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("tableau-de-bord", "/");
    pages.put("themes", "/themes");
    pages.put("theme-attente", "/themes/esatis/attente");
    pages.put("recherche", "/recherche?q=attente");
    pages.put("revue", "/revue");
    pages.put("documents", "/documents");
    pages.put("rapport", "/rapport");
    pages.put("discussion", "/discussion");
    pages.put("livre-de-codes", "/livre-de-codes");
    pages.put("document", "/documents/segment/1");
    pages.put("matrices", "/matrices");
    pages.put("memos", "/memos");
    pages.put("aveugle", "/aveugle");
    pages.put("activite", "/activite");
    pages.put("classes", "/classes");
    pages.put("livre-de-codes-scinder", "/livre-de-codes/scinder?livre=esatis&code=esatis/attente");
    pages.put("memo", "/memos/1");
    return pages;
  }

  /** A patient partner's remark on a theme and a proposed code, so the discussion page shows what it is for. */
  private static void discuss(AtelierFixture atelier) {
    fr.parole.study.Study study = atelier.atelier().services().study();
    fr.parole.pipeline.DiscussionService discussion = new fr.parole.pipeline.DiscussionService(
        new fr.parole.pipeline.Pipeline(fr.parole.Progress.SILENT));
    String at = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    discussion.comment(study, new fr.parole.study.DiscussionItem.New("code", "esatis/esatis/attente", "Claire", at,
        "L'attente revient surtout aux urgences : peut-on comparer les établissements entre eux ?", null, null));
    long segment = atelier.atelier().services().explorer().segments(new fr.parole.pipeline.StudyExplorer.Selection(
        "esatis", "esatis/attente", false, false, Map.of()), 1, 1).orElseThrow().excerpts().get(0).id();
    discussion.comment(study, new fr.parole.study.DiscussionItem.New("segment", String.valueOf(segment), "Claire", at,
        "Ce patient parle aussi du manque d'information.", "esatis", "esatis/information"));
  }

  /** The lexical classes and a memo edited once, so that their pages show something. */
  private static void classify(AtelierFixture atelier) {
    fr.parole.study.Study study = atelier.atelier().services().study();
    new fr.parole.pipeline.LexicalClassification(fr.parole.nlp.FrenchModels.onFirstUse()).run(study,
        new fr.parole.pipeline.LexicalClassification.Options(6, 40), "Rémi", fr.parole.Progress.SILENT);
    fr.parole.pipeline.Memos memos = new fr.parole.pipeline.Memos();
    long memo = memos.add(study, fr.parole.pipeline.Memos.Kind.STUDY, null, "Rémi",
        "Premier jet : l'attente aux urgences revient dans les trois établissements.");
    memos.edit(study, memo, "Rémi", true, 1, "L'attente aux urgences revient dans les trois établissements ; "
        + "à comparer avec les scores e-Satis « accueil ».");
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/atelier");
    Files.createDirectories(out);
    Path temporary = Files.createTempDirectory("parole-captures");
    try (AtelierFixture atelier = AtelierFixture.demo(temporary); Browser browser = new Browser()) {
      discuss(atelier);
      classify(atelier);
      browser.driver().get(atelier.entry());
      for (Map.Entry<String, String> page : pages().entrySet()) {
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        browser.driver().get(atelier.base() + page.getValue());
        long height = (Long) ((JavascriptExecutor) browser.driver())
            .executeScript("return Math.min(document.documentElement.scrollHeight, 4000);");
        browser.driver().manage().window().setSize(new Dimension(1280, (int) Math.max(800, height)));
        Files.write(out.resolve(page.getKey() + ".png"), browser.screenshot());
        System.err.println("capture : " + out.resolve(page.getKey() + ".png") + " (" + page.getValue() + ")");
      }
    }
  }
}
