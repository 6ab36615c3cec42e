package fr.parole.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ControlCharactersTest {
  static Stream<Arguments> unsafe() {
    return Stream.of(
        Arguments.of("a\u001B[2Jb", "ab"), // clear screen
        Arguments.of("\u001B[1;31mrouge\u001B[0m", "rouge"),
        Arguments.of("\u001B]0;pwned\u0007titre", "titre"), // window title, ended by BEL
        Arguments.of("\u001B]8;;http://x\u001B\\lien\u001B]8;;\u001B\\", "lien"), // hyperlink, ended by ST
        Arguments.of("\u001B]0;sans fin", "0;sans fin"), // unterminated: only the introducer goes
        Arguments.of("x\u009B2Jy", "xy"), // 8-bit CSI
        Arguments.of("x\u009D0;t\u009Cy", "xy"), // 8-bit OSC
        Arguments.of("\u001Bcreset", "reset"), // ESC c: full reset
        Arguments.of("a\u0000b\u0007c\u0008d\u000Be\u000Cf\u007Fg\u0085h\u009Fi", "abcdefghi"),
        Arguments.of("a\rb", "ab"), // a lone CR would let a line overwrite itself
        Arguments.of("é, œ, « » et \u00A0 espace", "é, œ, « » et \u00A0 espace"));
  }

  @ParameterizedTest
  @MethodSource("unsafe")
  void removesControlsAndWholeEscapeSequences(String text, String expected) {
    assertEquals(expected, new ControlCharacters().clean(text, 1));
  }

  @Test
  void keepsTabsAndNewlinesAndDropsWindowsLineEndsSilently() {
    ControlCharacters controls = new ControlCharacters();
    assertEquals("a\tb\nc\n", controls.clean("a\tb\r\nc\r\n", 1));
    assertEquals(List.of(), controls.warnings());
  }

  @Test
  void warnsOnceWithTheFirstLineWhereSomethingWasRemoved() {
    ControlCharacters controls = new ControlCharacters();
    controls.clean("propre", 2);
    controls.clean("ligne 1\nligne 2 \u001B[2J", 10);
    controls.clean("\u001B[H", 40);
    assertEquals(1, controls.warnings().size());
    assertTrue(controls.warnings().get(0).startsWith("ligne 11 "), controls.warnings().get(0));
    assertTrue(controls.warnings().get(0).contains("séquences d'échappement de terminal retirés"));
  }

  @Test
  void bidirectionalOverridesGoAtImportAndOnOutputButMarksStay() {
    // « Trojan source »: an override makes the text read otherwise than it shows.
    String spoofed = "Écrire à \u202Erf.elpmexe@nimda\u202C ou \u2066appeler\u2069 le \u202Bservice\u202A.";
    ControlCharacters controls = new ControlCharacters();
    assertEquals("Écrire à rf.elpmexe@nimda ou appeler le service.", controls.clean(spoofed, 4));
    assertTrue(controls.warnings().get(0).startsWith("ligne 4 "), controls.warnings().toString());
    assertTrue(controls.warnings().get(0).contains("inversion du sens d'écriture"), controls.warnings().toString());
    assertEquals("a\u200Eb\u200Fc", new ControlCharacters().clean("a\u200Eb\u200Fc", 1), "LRM and RLM stay");
    assertEquals("ab", ControlCharacters.printable("a\u202Db\u2067"));
  }

  /** What Parole prints to a terminal (a file's name, a quote): each edge of the control ranges. */
  @Test
  void printableTextHasNoControlLeft() {
    assertEquals("ab", ControlCharacters.printable("a\u001B[2Jb"));
    assertEquals("xy", ControlCharacters.printable("x\u001Fy"));
    assertEquals("", ControlCharacters.printable("\u007F"));
    assertEquals("", ControlCharacters.printable("\u009F"));
    assertEquals("~ \u00A0é\tligne\r\n", ControlCharacters.printable("~ \u00A0é\tligne\r\n"));
  }

  /** Each edge of the two bidirectional ranges, alone in its text: the ones inside go, their neighbours stay. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(chars = {'\u202A', '\u202E', '\u2066', '\u2069'})
  void eachBidirectionalControlGoesAlone(char control) {
    ControlCharacters controls = new ControlCharacters();
    assertEquals("ab", controls.clean("a" + control + "b", 7));
    assertEquals(1, controls.warnings().size());
    assertEquals("ab", ControlCharacters.printable("a" + control + "b"));
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(chars = {'\u2029', '\u202F', '\u2065', '\u206A'})
  void theirNeighboursStay(char neighbour) {
    ControlCharacters controls = new ControlCharacters();
    assertEquals("a" + neighbour + "b", controls.clean("a" + neighbour + "b", 7));
    assertEquals(List.of(), controls.warnings());
    assertEquals("a" + neighbour + "b", ControlCharacters.printable("a" + neighbour + "b"));
  }
}
