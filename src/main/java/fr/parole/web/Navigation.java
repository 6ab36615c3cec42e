package fr.parole.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The atelier's navigation as a person sees it: the pages used every day as links, the others in
 * two menus (« Codage », « Analyse »), each only with the pages the person's role opens
 * ({@link Frame#shows}). Twelve links did not fit one line at 1280 px; a menu left with a single
 * page is shown as that page's link (a reader sees « Tableau de bord » and « Rapport »).
 */
public record Navigation(List<Item> items) {
  /** A page: its section (as {@link Frame#section}), address, label, whether it is the page shown. */
  public record Entry(String section, String href, String label, boolean current) {}

  /** A link ({@code label} null, one entry) or a menu of links under {@code label}. */
  public record Item(String label, List<Entry> entries) {
    public boolean menu() {
      return label != null;
    }

    /** Whether the page shown is one of this item's (its menu is marked). */
    public boolean current() {
      return entries.stream().anyMatch(Entry::current);
    }
  }

  /** Pages, then menus: {label, section, href, page label…}; a null menu label is a plain link. */
  private static final String[][] PAGES = {
      {null, "tableau", "/", "Tableau de bord"},
      {null, "documents", "/documents", "Documents"},
      {null, "revue", "/revue", "Revue"},
      {null, "themes", "/themes", "Thèmes"},
      {null, "recherche", "/recherche", "Recherche"},
      {null, "discussion", "/discussion", "Discussion"},
      {"Codage", "livre", "/livre-de-codes", "Livre de codes"},
      {"Codage", "aveugle", "/aveugle", "Codage en aveugle"},
      {"Codage", "activite", "/activite", "Activité"},
      {"Analyse", "matrices", "/matrices", "Matrices"},
      {"Analyse", "memos", "/memos", "Mémos"},
      {"Analyse", "classes", "/classes", "Classes lexicales"},
      {"Analyse", "rapport", "/rapport", "Rapport"}};

  static Navigation of(Frame frame) {
    List<Item> items = new ArrayList<>();
    for (String[] page : PAGES) {
      if (!frame.shows(page[1])) {
        continue;
      }
      Entry entry = new Entry(page[1], page[2], page[3], frame.current(page[1]));
      Item last = items.isEmpty() ? null : items.get(items.size() - 1);
      if (page[0] != null && last != null && page[0].equals(last.label())) {
        List<Entry> entries = new ArrayList<>(last.entries());
        entries.add(entry);
        items.set(items.size() - 1, new Item(page[0], List.copyOf(entries)));
      } else {
        items.add(new Item(page[0], List.of(entry)));
      }
    }
    return new Navigation(items.stream().map(i -> i.menu() && i.entries().size() == 1 ? new Item(null, i.entries()) : i)
        .toList());
  }
}
