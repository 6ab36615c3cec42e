package fr.parole.report;

import fr.parole.stats.CodeFrequencies;
import fr.parole.study.ReportQueries.Quote;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Typical quotes of each code, pseudonymised: the best codings first (a person's decision, then
 * segments that speak of few other codes, then the machine's most confident), at most one per
 * source while others remain. A text is shown once in the codebook's quotes: a comment on three
 * themes is quoted under one, and two comments with the same words once. Each quote says where it
 * comes from in words a reader knows: for a comment, its polarity, service, establishment and date;
 * for an interview turn, the speaker's role and establishment; what is missing is left out.
 *
 * <p>For comments, the page can filter the quotes by service and polarity: each code keeps, besides
 * its {@link #PER_CODE} quotes for the whole study, up to {@link #PER_CODE} per service and polarity
 * of the {@link #FILTER_SERVICES} services with most comments, shown by a short script when chosen.
 */
final class QuotesView {
  static final int PER_CODE = 3;
  static final int FILTER_SERVICES = 20;
  private static final int MAX_CHARS = 420;

  /** A quote chosen for a code: shown for the whole study ({@code overall}) or only when filtered. */
  private record Chosen(String code, long segmentId, boolean overall) {}

  static void show(ReportPage page, ReportContext context, ThemeCodings theme) {
    ThemeCodings.QuotePool pool = theme.quotes();
    Set<String> services = filterServices(theme);
    Set<Long> ids = new TreeSet<>();
    pool.overall().values().forEach(ids::addAll);
    pool.byGroup().values().forEach(groups -> groups.forEach((group, list) -> {
      if (services.contains(group.substring(0, group.indexOf('\u0000')))) {
        ids.addAll(list);
      }
    }));
    Map<Long, Quote> quotes = context.data().quotes(ids).stream()
        .collect(Collectors.toMap(Quote::segmentId, Function.identity()));
    List<Chosen> chosen = choose(theme, pool, quotes, services);
    if (chosen.isEmpty()) {
      return;
    }
    ReportText words = page.text();
    page.heading(null, words.get("quotes.heading"));
    boolean filtered = chosen.stream().anyMatch(c -> !c.overall());
    page.note(words.get(filtered ? "quotes.note.filter" : "quotes.note", PER_CODE));
    StringBuilder html = new StringBuilder();
    String block = "quotes-" + ReportText.slug(theme.codebookId());
    if (filtered) {
      html.append(filter(words, theme, block, services));
    }
    html.append("<div id=\"").append(block).append("\">\n");
    ReportTable.Builder table = new ReportTable.Builder("citations-" + theme.codebookId(),
        words.get("quotes.table.title", theme.title()), "code_id", words.get("quotes.column.theme"),
        words.get("quotes.column.segment"), words.get("quotes.column.source"), words.get("quotes.column.line"),
        words.get("quotes.column.polarity"), words.get("quotes.column.service"), words.get("quotes.column.date"),
        words.get("quotes.column.role"), words.get("quotes.column.establishment"), words.get("quotes.column.whole"),
        words.get("quotes.column.quote"));
    Map<String, List<Chosen>> byCode = new LinkedHashMap<>();
    chosen.forEach(c -> byCode.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(c));
    boolean severalDimensions = byCode.keySet().stream().map(ThemeCodings::dimensionOf).distinct().count() > 1;
    String[] dimension = {null};
    byCode.forEach((code, list) -> {
      if (severalDimensions && !ThemeCodings.dimensionOf(code).equals(dimension[0])) {
        dimension[0] = ThemeCodings.dimensionOf(code);
        html.append("<h4 class=\"dimension\">").append(ReportText.html(theme.dimensionLabel(dimension[0]))).append("</h4>\n");
      }
      html.append("<div class=\"quotes\"><").append(severalDimensions ? "h5" : "h4").append(">")
          .append(ReportText.html(theme.pathLabel(code))).append(severalDimensions ? "</h5>\n" : "</h4>\n");
      for (Chosen c : list) {
        Quote q = quotes.get(c.segmentId());
        String text = shorten(context.pseudonymiser().get().pseudonymise(q.text(), context.placeholders()));
        Context where = Context.of(q, words);
        html.append("<blockquote id=\"").append(block).append("-").append(c.segmentId()).append("\" data-service=\"")
            .append(ReportText.html(where.service())).append("\" data-polarity=\"")
            .append(ReportText.html(where.rawPolarity())).append("\"")
            .append(c.overall() ? " data-overall=\"1\"" : " hidden").append(">")
            .append(ReportText.html(words.get("quotes.quote", text))).append("<footer>")
            .append(ReportText.html(where.line(words))).append(" <span class=\"code\">")
            .append(ReportText.html(words.get("quotes.reference", c.segmentId(), q.source(), q.line())))
            .append(q.times() == null ? "" : ReportText.html(words.get("quotes.time", q.times().startClock())))
            .append("</span></footer></blockquote>\n");
        table.row(code, theme.pathLabel(code), c.segmentId(), q.source(), (long) q.line(), where.polarity(),
            where.service(), where.isoDate(), where.role(), where.establishment(),
            words.get(c.overall() ? "quotes.whole.yes" : "quotes.whole.no"), text);
      }
      html.append("</div>\n");
    });
    html.append("<p class=\"note\" data-empty hidden>").append(ReportText.html(words.get("quotes.filter.empty")))
        .append("</p>\n</div>\n");
    if (filtered) {
      html.append(script(block));
    }
    page.raw(html.toString());
    page.table(table.build(), 0, null);
  }

  /**
   * The quotes to show, codes in the order of their counts: first each code's quotes for the whole
   * study (the rarest codes choose first, so that a comment on several themes goes where it is
   * most needed), then each code's quotes per service and polarity; never a text twice.
   */
  private static List<Chosen> choose(ThemeCodings theme, ThemeCodings.QuotePool pool, Map<Long, Quote> quotes,
      Set<String> services) {
    ShownTexts shown = new ShownTexts();
    Map<String, List<Chosen>> byCode = new LinkedHashMap<>();
    List<String> codes = codes(theme, pool);
    List<String> rarestFirst = codes.stream().sorted(Comparator.comparingInt((String c) -> pool.overall().get(c).size())
        .thenComparing(Comparator.naturalOrder())).toList();
    for (String code : rarestFirst) {
      List<Chosen> list = byCode.computeIfAbsent(code, c -> new ArrayList<>());
      for (long id : pool.overall().get(code)) {
        if (list.size() < PER_CODE && quotes.containsKey(id) && shown.add(quotes.get(id).text())) {
          list.add(new Chosen(code, id, true));
        }
      }
    }
    for (String code : codes) {
      List<Chosen> list = byCode.computeIfAbsent(code, c -> new ArrayList<>());
      pool.byGroup().getOrDefault(code, Map.of()).forEach((group, ids) -> {
        if (!services.contains(group.substring(0, group.indexOf('\u0000')))) {
          return;
        }
        int inGroup = 0;
        for (long id : ids) {
          Quote q = quotes.get(id);
          if (inGroup == PER_CODE || q == null) {
            continue;
          }
          if (list.stream().anyMatch(c -> c.segmentId() == id)) {
            inGroup++;
          } else if (shown.add(q.text())) {
            list.add(new Chosen(code, id, false));
            inGroup++;
          }
        }
      });
    }
    List<Chosen> all = new ArrayList<>();
    codes.forEach(code -> all.addAll(byCode.get(code)));
    return all;
  }

  /**
   * The codes with quotes, dimension by dimension in the codebook's order (a reader looks for the
   * obstacles among the types, not between two levels), most counted first within each, each
   * sub-code after its parent (then by id).
   */
  private static List<String> codes(ThemeCodings theme, ThemeCodings.QuotePool pool) {
    Map<String, Long> counts = new LinkedHashMap<>();
    theme.byDimension().values().forEach(d -> d.codes().forEach((code, n) -> counts.put(code, n.segments())));
    List<String> dimensions = theme.dimensions();
    return pool.overall().keySet().stream()
        .sorted(Comparator.comparingInt((String c) -> dimensionRank(dimensions, c))
            .thenComparingLong(c -> -counts.getOrDefault(theme.topLevel(c), 0L)).thenComparing(theme::topLevel)
            .thenComparing(c -> !c.equals(theme.topLevel(c)))
            .thenComparingLong(c -> -counts.getOrDefault(c, 0L)).thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  private static int dimensionRank(List<String> dimensions, String code) {
    int rank = dimensions.indexOf(ThemeCodings.dimensionOf(code));
    return rank < 0 ? dimensions.size() : rank;
  }

  /** The services a reader can filter by: those of comments, most comments first, at most {@link #FILTER_SERVICES}. */
  private static Set<String> filterServices(ThemeCodings theme) {
    Map<String, Long> byService = new LinkedHashMap<>();
    theme.groupSizes(ThemeCodings.SERVICE_POLARITY).forEach((group, n) -> byService.merge(
        group.substring(0, group.indexOf('\u0000')), n.segments(), Long::sum));
    return byService.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).limit(FILTER_SERVICES).map(Map.Entry::getKey)
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  /** Two drop-down lists: a service and a polarity; the script shows the quotes that match. */
  private static String filter(ReportText words, ThemeCodings theme, String block, Set<String> services) {
    StringBuilder html = new StringBuilder("<p class=\"filter\" id=\"" + block + "-filter\"><label>")
        .append(ReportText.html(words.label("service"))).append(" <select data-filter=\"service\"><option value=\"\">")
        .append(ReportText.html(words.get("quotes.filter.all"))).append("</option>");
    services.stream().filter(s -> !s.equals(CodeFrequencies.MISSING)).sorted().forEach(s -> html.append("<option>")
        .append(ReportText.html(s)).append("</option>"));
    html.append("</select></label> <label>").append(ReportText.html(words.label(ThemeCodings.POLARITY)))
        .append(" <select data-filter=\"polarity\"><option value=\"\">")
        .append(ReportText.html(words.get("quotes.filter.all"))).append("</option>");
    theme.groupSizes(ThemeCodings.POLARITY).keySet().stream().filter(p -> !p.equals(CodeFrequencies.MISSING))
        .forEach(p -> html.append("<option value=\"").append(ReportText.html(p)).append("\">")
            .append(ReportText.html(words.value(ThemeCodings.POLARITY, p))).append("</option>"));
    html.append("</select></label></p>\n");
    return html.toString();
  }

  /**
   * The script after the quotes it filters: per code, the first {@link #PER_CODE} quotes that match
   * the lists (those for the whole study when both say « Tous »). Plain DOM, no library, so the
   * report stays one self-contained file that works offline; without script (print), the quotes for
   * the whole study show.
   */
  static String script(String block) {
    StringBuilder html = new StringBuilder();
    html.append("<script>(function(){var b=document.getElementById('").append(block).append("');")
        .append("var s=document.getElementById('").append(block).append("-filter').querySelectorAll('select');")
        .append("function run(){var sv=s[0].value,pv=s[1].value,any=false;")
        .append("b.querySelectorAll('div.quotes').forEach(function(d){var n=0;")
        .append("d.querySelectorAll('blockquote').forEach(function(q){var ok=(sv===''&&pv==='')?q.dataset.overall==='1'")
        .append(":(sv===''||q.dataset.service===sv)&&(pv===''||q.dataset.polarity===pv);")
        .append("ok=ok&&n<").append(PER_CODE).append(";if(ok){n++;}q.hidden=!ok;});d.hidden=n===0;any=any||n>0;});")
        .append("b.querySelector('[data-empty]').hidden=any;}")
        .append("s.forEach(function(e){e.addEventListener('change',run);});run();})();</script>\n");
    return html.toString();
  }

  /**
   * The texts already quoted. A text is a repeat when, case, accents and punctuation aside, it is
   * one already quoted, or holds one, or is held by one: the same sentence after « Dans
   * l'ensemble, » is the same quote to a reader. Containment is looked for only between texts of
   * some length, so that a short « Rien » does not hide every comment that says it.
   */
  static final class ShownTexts {
    private static final int CONTAINED_FROM = 20;
    private final Set<String> exact = new HashSet<>();
    private final List<String> longer = new ArrayList<>();

    /** Records {@code text} and says true, or says false when it repeats a text already recorded. */
    boolean add(String text) {
      String plain = normalised(text);
      if (exact.contains(plain)) {
        return false;
      }
      if (plain.length() >= CONTAINED_FROM) {
        for (String other : longer) {
          if (other.contains(plain) || plain.contains(other)) {
            return false;
          }
        }
        longer.add(plain);
      }
      exact.add(plain);
      return true;
    }
  }

  /** The text as compared for duplicates: case, accents, punctuation and spacing ignored. */
  static String normalised(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** Where a quote comes from, as a reader names it; a missing value is empty. */
  private record Context(String rawPolarity, String polarity, String service, String isoDate, String date,
      String role, String establishment) {
    static Context of(Quote q, ReportText words) {
      Map<String, String> a = q.attributes();
      String polarity = value(a.get(ThemeCodings.POLARITY));
      String role = value(a.getOrDefault("role", q.speaker()));
      return new Context(polarity, polarity.isEmpty() ? "" : words.value(ThemeCodings.POLARITY, polarity),
          label(words, ThemeCodings.SERVICE, a.get(ThemeCodings.SERVICE)), value(a.get("date")),
          date(a.get("date"), words), role.isEmpty() ? "" : words.value("role", role),
          label(words, "establishment", a.get("establishment")));
    }

    /** A value as people read it (the study's own label first); empty when missing. */
    private static String label(ReportText words, String attribute, String raw) {
      String v = value(raw);
      return v.isEmpty() ? "" : words.value(attribute, v);
    }

    /** « À améliorer — Cardiologie, CHU1, 12 mars 2019 » or « Infirmier ou infirmière (IDE), CHU3 ». */
    String line(ReportText words) {
      String where = Stream.of(role, service, establishment, date).filter(s -> !s.isEmpty())
          .collect(Collectors.joining(", "));
      return polarity.isEmpty() ? where : where.isEmpty() ? polarity : words.get("quotes.context", polarity, where);
    }

    private static String value(String v) {
      return v == null || v.isBlank() ? "" : v.strip();
    }

    private static String date(String iso, ReportText words) {
      if (iso == null || iso.isBlank()) {
        return "";
      }
      try {
        return LocalDate.parse(iso.strip()).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(words.language().locale()));
      } catch (DateTimeParseException e) {
        return iso.strip(); // a date the importer kept as written: shown as it is
      }
    }
  }

  private static String shorten(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= MAX_CHARS) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', MAX_CHARS);
    return flat.substring(0, cut > 0 ? cut : MAX_CHARS) + " […]";
  }
}
