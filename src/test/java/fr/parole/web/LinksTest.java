package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LinksTest {
  @Test
  void percentagesHaveOneDecimalSoThatAColumnLinesUp() {
    assertEquals("35,0\u00a0%", Links.percent(35.0));
    assertEquals("29,8\u00a0%", Links.percent(29.82));
    assertEquals("6,5\u00a0%", Links.percent(6.5));
    assertEquals("0,2\u00a0%", Links.percent(0.2));
    assertEquals("0\u00a0%", Links.percent(0));
    assertEquals("100\u00a0%", Links.percent(100));
  }

  @Test
  void thousandsAreSeparatedByANoBreakSpace() {
    assertEquals("1\u00a0234", Links.n(1234));
  }
}
