/**
 * The statistics the report quotes, on counts made elsewhere or small in-memory tables; results
 * are records and Tablesaw tables. {@link fr.parole.stats.CountTable} and
 * {@link fr.parole.stats.Crosstabs} (Pearson's chi-square, Cramér's V, adjusted residuals,
 * {@link fr.parole.stats.FisherExactTest} or {@link fr.parole.stats.MonteCarloChiSquare} when
 * expected counts are small), {@link fr.parole.stats.CodeFrequencies},
 * {@link fr.parole.stats.CodeCooccurrence} (Jaccard), {@link fr.parole.stats.CodePresence} (a test
 * per code, coded or not × group, where a segment may carry several codes) with
 * {@link fr.parole.stats.MultipleTests} (Holm), {@link fr.parole.stats.Specificities} (Lafon),
 * {@link fr.parole.stats.ScoreStatistics} (e-Satis), {@link fr.parole.stats.Questionnaires}.
 * Commons Math for distributions.
 *
 * <p>What each test assumes and when it is run: {@code docs/statistics.md}. Every value is checked
 * in the tests against an independent computation (SciPy, mpmath or exact fractions, hard-coded
 * with the script that made them under {@code src/test/resources/fr/parole/stats/}).
 */
package fr.parole.stats;
