package fr.parole.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.nlp.FrenchModels;
import fr.parole.nlp.FrenchTagger;
import fr.parole.nlp.Pseudonymiser;
import fr.parole.nlp.TaggedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text segments: a long turn cut at sentence ends near the length asked, a short comment whole, names not counted. */
class ReinertCorpusTest {
  private static final FrenchModels MODELS = FrenchModels.load();

  private static List<ReinertCorpus.Piece> cut(String text, int words) {
    FrenchTagger tagger = MODELS.newTagger();
    TaggedText tagged = tagger.tag(text);
    return ReinertCorpus.cut(0, 7, tagged, Pseudonymiser.french(MODELS).nameSpans(tagged), words);
  }

  @Test
  void aLongTurnIsCutAtSentenceEndsNearTheLengthAsked() {
    String sentence = "Les patients partenaires participent aux réunions du service avec les soignants chaque mois. ";
    String turn = sentence.repeat(12); // 12 sentences of 13 words
    List<ReinertCorpus.Piece> pieces = cut(turn, 40);
    assertEquals(3, pieces.size(), pieces.toString());
    for (ReinertCorpus.Piece piece : pieces) {
      assertTrue(piece.words() >= 40 && piece.words() <= 60, "about 40 words: " + piece.words());
      assertTrue(turn.substring(piece.start(), piece.end()).endsWith("."), "cut at a sentence end");
      assertEquals(7, piece.segmentId());
    }
    assertTrue(pieces.get(0).lemmas().contains("patient") && pieces.get(0).lemmas().contains("réunion"),
        pieces.get(0).lemmas().toString());
    assertFalse(pieces.get(0).lemmas().contains("le"), "no grammar word");
  }

  @Test
  void aShortCommentStaysWholeAndANameIsNotCounted() {
    String comment = "Le Dr Lefèvre a été remarquable d'humanité, l'équipe très attentive.";
    List<ReinertCorpus.Piece> pieces = cut(comment, 40);
    assertEquals(1, pieces.size());
    assertEquals(0, pieces.get(0).start());
    assertEquals(comment.length(), pieces.get(0).end(), "the whole comment");
    assertFalse(pieces.get(0).lemmas().contains("lefèvre"), pieces.get(0).lemmas().toString());
    assertTrue(pieces.get(0).lemmas().contains("équipe"), pieces.get(0).lemmas().toString());
  }

  @Test
  void aShortTailJoinsThePieceBefore() {
    String sentence = "Les patients partenaires participent aux réunions du service avec les soignants chaque mois. ";
    List<ReinertCorpus.Piece> pieces = cut(sentence.repeat(4) + "Voilà tout.", 40);
    assertEquals(1, pieces.size(), "52 words and a 2-word tail: one piece");
  }
}
