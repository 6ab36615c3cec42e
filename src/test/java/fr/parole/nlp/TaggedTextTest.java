package fr.parole.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaggedTextTest {
  @Test
  void theTokensOfSeveralSentencesAreJoinedOnceInTextOrder() {
    TaggedText tagged = TestModels.MODELS.newTagger().tag("Le repas était froid. L'infirmière est venue vite.");
    assertEquals(2, tagged.sentences().size());
    List<Token> expected = new ArrayList<>();
    tagged.sentences().forEach(s -> expected.addAll(s.tokens()));
    assertEquals(expected, tagged.tokens());
    assertSame(tagged.tokens(), tagged.tokens(), "read by the rules, the model and the lemma counts: not copied per call");
  }

  @Test
  void twoTaggingsOfOneTextAreEqual() {
    FrenchTagger tagger = TestModels.MODELS.newTagger();
    assertEquals(tagger.tag("Pas de problème."), tagger.tag("Pas de problème."));
    assertEquals(tagger.tag("Pas de problème.").hashCode(), tagger.tag("Pas de problème.").hashCode());
  }
}
