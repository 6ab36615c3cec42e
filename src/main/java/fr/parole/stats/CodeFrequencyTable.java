package fr.parole.stats;

import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Segments and sources coded per code, cut by one or two attributes. Rows: every code (sorted)
 * × every group (sorted), zeros included, so that two runs give the same table.
 */
public record CodeFrequencyTable(List<String> attributes, List<Group> groups, List<Row> rows) {
  public CodeFrequencyTable {
    attributes = List.copyOf(attributes);
    groups = List.copyOf(groups);
    rows = List.copyOf(rows);
  }

  /**
   * A group (e.g. établissement = CHU 1, niveau = micro) with its denominators: the segments and
   * sources of the group, either those given by the caller or, by default, those coded at least once.
   */
  public record Group(List<String> values, long segments, long sources) {
    public Group {
      values = List.copyOf(values);
    }
  }

  /**
   * One code in one group. {@code segmentPercent}: share of the group's segments carrying the
   * code; {@code sourcePercent}: share of the group's sources with at least one such segment;
   * {@code shareOfCode}: share of all segments carrying the code that fall in this group.
   */
  public record Row(String code, List<String> group, long segments, long sources,
      double segmentPercent, double sourcePercent, double shareOfCode) {
    public Row {
      group = List.copyOf(group);
    }
  }

  /** The rows as a table: {@code code}, one column per attribute, then the counts and percentages. */
  public Table toTable() {
    Table table = Table.create("fréquences des codes");
    table.addColumns(StringColumn.create("code", rows.stream().map(Row::code).toList()));
    for (int a = 0; a < attributes.size(); a++) {
      int index = a;
      table.addColumns(StringColumn.create(attributes.get(a), rows.stream().map(r -> r.group().get(index)).toList()));
    }
    table.addColumns(
        LongColumn.create("segments", rows.stream().mapToLong(Row::segments).toArray()),
        LongColumn.create("sources", rows.stream().mapToLong(Row::sources).toArray()),
        DoubleColumn.create("segmentPercent", rows.stream().mapToDouble(Row::segmentPercent).toArray()),
        DoubleColumn.create("sourcePercent", rows.stream().mapToDouble(Row::sourcePercent).toArray()),
        DoubleColumn.create("shareOfCode", rows.stream().mapToDouble(Row::shareOfCode).toArray()));
    return table;
  }
}
