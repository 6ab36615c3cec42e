package fr.parole.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scope rules of {@link NegationMarker} on sentences given with their tags (word_TAG or
 * word_TAG_lemma), so that each rule is pinned whatever the tagger says: the words the result
 * counts as negated, in order. A sentence without final punctuation checks the rule at the very
 * end of a text.
 */
class NegationScopeRulesTest {
  private final NegationMarker marker = new NegationMarker();

  private String negated(String tagged) {
    String[] parts = tagged.trim().split("\\s+");
    String[] words = new String[parts.length];
    String[] pos = new String[parts.length];
    String[] lemmas = new String[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String[] p = parts[i].split("_");
      words[i] = p[0];
      pos[i] = p[1];
      lemmas[i] = p.length > 2 ? p[2] : p[0];
    }
    boolean[] marked = marker.mark(words, pos, lemmas);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < marked.length; i++) {
      if (marked[i]) {
        out.add(words[i]);
      }
    }
    return String.join(" ", out);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // « ne » finds its complement up to eight tokens after it, not nine.
      "je_PRON ne_ADV l'_PRON ai_AUX vraiment_ADV très_ADV très_ADV très_ADV souvent_ADV pas_ADV vu_VERB | l' ai vraiment très très très souvent vu",
      "je_PRON ne_ADV l'_PRON ai_AUX vraiment_ADV très_ADV très_ADV très_ADV très_ADV souvent_ADV pas_ADV vu_VERB | vu",
      // « pas » and « point » are complements as adverbs, not as nouns (« un pas »).
      "je_PRON ne_ADV vois_VERB point_ADV clair_ADJ | vois clair",
      "je_PRON ne_ADV fais_VERB un_DET pas_NOUN | ``",
      "je_PRON ne_ADV vois_VERB le_DET point_NOUN | ``",
      // « ne … plus que » restricts; « ne … plus » at the end of a text negates.
      "il_PRON n'_ADV y_PRON a_VERB plus_ADV que_ADV deux_NUM infirmières_NOUN | ``",
      "il_PRON ne_ADV vient_VERB plus_ADV | vient",
      // « ne » alone negates with pouvoir, savoir, oser, cesser as the first verb within four tokens.
      "je_PRON ne_ADV saurais_VERB_savoir dire_VERB | saurais dire",
      "je_PRON ne_ADV vraiment_ADV très_ADV bien_ADV peux_VERB_pouvoir dire_VERB | vraiment très bien peux dire",
      "je_PRON ne_ADV vraiment_ADV très_ADV bien_ADV sûr_ADV peux_VERB_pouvoir dire_VERB | ``",
      "avant_ADP qu'_SCONJ il_PRON ne_ADV parte_VERB_partir | ``",
      // Denying existence denies the subject, only when the verb is « exister ».
      "le_DET comité_NOUN n'_ADV existe_VERB_exister pas_ADV | le comité existe",
      "le_DET comité_NOUN ne_ADV plus_ADV jamais_ADV ça_PRON | ça",
      "le_DET comité_NOUN ne_ADV vraiment_ADV plus_ADV guère_ADV existe_VERB_exister | le comité vraiment existe",
      // Cues without « ne ».
      "je_PRON veux_VERB rien_PRON que_ADV ça_PRON | ``",
      "je_PRON veux_VERB rien_PRON | veux",
      "je_PRON reviendrai_VERB sans_ADP doute_NOUN | ``",
      "je_PRON reviendrai_VERB sans_ADP | ``",
      "sans_ADP attendre_VERB | attendre",
      "le_DET traitement_NOUN est_AUX non_ADV remboursé_VERB | remboursé",
      "le_DET traitement_NOUN est_AUX non_ADV conforme_ADJ | conforme",
      "non_ADV merci_NOUN | ``",
      "c'_PRON est_AUX non_ADV | ``",
      // The verbs just before a bare cue are negated, skipping object clitics only.
      "sais_VERB pas_ADV | sais",
      "veux_VERB le_PRON pas_ADV | veux",
      "veux_VERB le_DET pas_ADV | ``",
      "veux_VERB ça_PRON pas_ADV | ``",
      // Bare « plus »: after a verb, at the end, or before a verb or a pronoun other than « que ».
      "j'_PRON en_PRON peux_VERB plus_ADV | peux",
      "je_PRON sais_VERB plus_ADV quoi_PRON faire_VERB | sais quoi faire",
      "il_PRON mange_VERB plus_ADV que_PRON moi_PRON | ``",
      "c'_PRON est_AUX plus_ADV simple_ADJ | ``",
      "plus_ADV de_ADP lits_NOUN | ``",
      // The end of the scope: punctuation but quotes, « et » before a subject, « ne » or a verb, a relative, a conjunction.
      "pas_ADV de_ADP «_PUNCT visite_NOUN »_PUNCT | de visite",
      "pas_ADV de_ADP douleur_NOUN et_CCONJ je_PRON dors_VERB | de douleur",
      "pas_ADV de_ADP fièvre_NOUN et_CCONJ ne_ADV dort_VERB | de fièvre",
      "pas_ADV de_ADP fièvre_NOUN et_CCONJ dort_VERB | de fièvre",
      "pas_ADV de_ADP douleur_NOUN et_CCONJ de_ADP fièvre_NOUN | de douleur et de fièvre",
      "pas_ADV de_ADP douleur_NOUN et_CCONJ | de douleur et",
      "pas_ADV le_DET médecin_NOUN que_PRON voulait_VERB ma_DET mère_NOUN | le médecin",
      "pas_ADV de_ADP visite_NOUN quand_SCONJ il_PRON pleut_VERB | de visite",
  })
  void marksTheScopeRuleByRule(String tagged, String expected) {
    assertEquals(expected, negated(tagged));
  }
}
