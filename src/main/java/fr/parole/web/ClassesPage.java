package fr.parole.web;

import fr.parole.ParoleException;
import fr.parole.pipeline.ClassCoding;
import fr.parole.pipeline.LexicalClassification;
import fr.parole.report.AttributeWording;
import fr.parole.study.LexicalClasses.NodeRow;
import fr.parole.study.StudyStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Classes lexicales: the study's latest Reinert classification ({@code parole classes}), each class
 * with its size, words, over-represented attributes (by their labels) and typical segments
 * (through {@link ShownText}: pseudonymised), and, for a researcher, « Créer un code à partir de
 * cette classe » ({@code POST /classes/code}, CSRF-checked by {@link Security}): the class becomes a
 * code of the study's codebook, suggested on its segments for review ({@link ClassCoding}).
 */
public final class ClassesPage implements AtelierPage {
  static final String PATH = "/classes";
  private static final int TYPICAL = 3;

  private final AtelierServices services;

  ClassesPage(AtelierServices services) {
    this.services = services;
  }

  /** A class as shown. */
  public record ClassView(int number, int size, String percent, String words, String values, List<String> typical) {}

  /** The page: the run's summary (null when none), its classes, whether the person may make codes, a message. */
  public record View(String summary, List<ClassView> classes, boolean mayCode, String message) {}

  @Override
  public void routes(RoutesConfig routes) {
    routes.get(PATH, this::show, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.post(PATH + "/code", this::code, Role.CHERCHEUR);
  }

  private void show(Context ctx) {
    Person person = Requests.person(ctx);
    Optional<LexicalClassification.Outcome> stored;
    try (StudyStore store = services.study().openStore()) {
      stored = LexicalClassification.stored(store);
    }
    AttributeWording wording = new AttributeWording(services.study().config().labels());
    String summary = null;
    List<ClassView> classes = List.of();
    if (stored.isPresent()) {
      LexicalClassification.Outcome o = stored.get();
      var run = o.classification().run();
      summary = (run.isDouble() ? String.format(Locale.FRANCE, "Classification double (segments de %d mots croisés "
          + "avec des unités de %d mots) : ", run.segmentWords(), run.segmentWords2()) : "")
          + String.format(Locale.FRANCE, "%d classes, %s segments de texte classés sur %s (%s mots pleins), "
          + "calculées le %s par %s.", o.classes(), Links.n(run.classified()), Links.n(run.textSegments()),
          Links.n(run.lemmas()), run.at().substring(0, 10), run.person());
      classes = o.classification().nodes().stream().filter(n -> n.classNumber() > 0)
          .sorted(java.util.Comparator.comparingInt(NodeRow::classNumber))
          .map(n -> new ClassView(n.classNumber(), n.size(), String.format(Locale.FRANCE, "%.1f", o.percent(n.classNumber())),
              o.classification().terms().stream().filter(t -> t.classNumber() == n.classNumber()).limit(10)
                  .map(t -> t.lemma()).collect(Collectors.joining(", ")),
              o.classification().attributes().stream().filter(a -> a.classNumber() == n.classNumber()).limit(4)
                  .map(a -> wording.label(a.attribute()) + " = " + wording.value(a.attribute(), a.value()))
                  .collect(Collectors.joining(" ; ")),
              o.typical().stream().filter(t -> t.classNumber() == n.classNumber()).limit(TYPICAL)
                  .map(t -> services.shown().of(person, t.text(), false)).toList()))
          .toList();
    }
    String message = "code".equals(ctx.queryParam("fait")) ? "Code créé à partir de la classe "
        + Requests.number(ctx.queryParam("classe"), "classe") + " et suggéré sur "
        + Requests.number(ctx.queryParam("segments"), "segments") + " segment(s) : les suggestions sont à revoir dans "
        + "la Revue." : "";
    View view = new View(summary, classes, person.role() == Role.CHERCHEUR, message);
    ctx.html(services.views().page("classes.jte", Requests.frame(ctx, services, "Classes lexicales", "classes"), view));
  }

  private void code(Context ctx) {
    Person person = Requests.person(ctx);
    int number = (int) Requests.number(ctx.formParam("classe"), "classe");
    String label = ctx.formParam("libelle");
    ClassCoding.Created created;
    try {
      created = new ClassCoding().create(services.study(), null, number, label, person.name());
    } catch (ParoleException e) {
      throw Problem.badRequest(e.getMessage());
    }
    // The message is made here from numbers, never echoed from the address: a link cannot make the page say anything.
    ctx.redirect(PATH + "?fait=code&classe=" + number + "&segments=" + created.suggested(), HttpStatus.SEE_OTHER);
  }
}
