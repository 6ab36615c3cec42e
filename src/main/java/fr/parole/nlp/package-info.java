/**
 * French text tools shared by the stages: word counts ({@link fr.parole.nlp.WordCounter}),
 * tagging ({@link fr.parole.nlp.FrenchModels}, loaded once per command and shared;
 * {@link fr.parole.nlp.FrenchTagger}, one per thread: sentences and parts of speech with the
 * OpenNLP French UD models, lemmas with LanguageTool's French dictionary through morfologik,
 * elision and hyphen inversions by {@link fr.parole.nlp.FrenchTokenizer}, negation scopes by
 * {@link fr.parole.nlp.NegationMarker}), and {@link fr.parole.nlp.Pseudonymiser} (names, e-mails,
 * phones, NIR → stable placeholders, the same name getting the same placeholder within a report).
 *
 * <p>Nothing here touches the store or the file system beyond the bundled models, and nothing
 * here is downloaded: the models and the dictionary are in the jar (licences in {@code NOTICE.md}).
 */
package fr.parole.nlp;
