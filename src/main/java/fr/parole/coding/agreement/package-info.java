/**
 * Inter-coder agreement and evaluation of machine coding.
 *
 * <p>The data model is kept apart from the measures, as in DKPro Statistics:
 *
 * <ul>
 *   <li>data: {@link fr.parole.coding.agreement.AgreementStudy} (units × 2 coders → category,
 *       missing values allowed), {@link fr.parole.coding.agreement.MultiCodeStudy} (several codes
 *       per unit, from {@link fr.parole.coding.agreement.AppliedCode} rows), and
 *       {@link fr.parole.coding.agreement.EvaluationItem} (gold vs predicted label);
 *   <li>measures, one class each, each returning a small record with the value, the number of
 *       units and, when the value is NaN, the reason: {@link fr.parole.coding.agreement.PercentAgreement},
 *       {@link fr.parole.coding.agreement.CohenKappa} (Cohen 1960),
 *       {@link fr.parole.coding.agreement.KrippendorffAlpha} (nominal, Krippendorff 2011), and
 *       {@link fr.parole.coding.agreement.CodeScores} (precision, recall, F1);
 *   <li>services that build the reports: {@link fr.parole.coding.agreement.CoderAgreement}
 *       ({@code parole agreement}) and {@link fr.parole.coding.agreement.Evaluation}
 *       ({@code parole evaluate}).
 * </ul>
 *
 * <p><b>Why the formulas are implemented here rather than taken from DKPro Statistics
 * Agreement</b> ({@code org.dkpro.statistics:dkpro-statistics-agreement}, Apache 2.0, small and
 * without dependencies): the three coefficients are a few lines each, and the library's
 * behaviour around them does not fit a command-line tool. Its {@code CohenKappaAgreement}
 * prints a warning to {@code System.err} itself when a study has missing values (stderr belongs
 * to the CLI's diagnostics), it throws {@code InsufficientDataException} where Parole reports NaN
 * with a reason, it takes categories as {@code Object}s, and it accumulates coincidences as
 * {@code double}s where Parole keeps exact integer counts. DKPro is used in the tests instead, as
 * an independent reference: {@code DkproCrossCheckTest} compares both on random studies, next
 * to the published values checked in {@code Cohen1960Test} and {@code Krippendorff2011Test}.
 *
 * <p>References: Cohen, J. (1960). A Coefficient of Agreement for Nominal Scales. <i>Educational
 * and Psychological Measurement</i> 20(1), 37–46. Krippendorff, K. (2011). Computing
 * Krippendorff's Alpha-Reliability. University of Pennsylvania, Annenberg School for
 * Communication. Artstein, R., Poesio, M. (2008). Inter-Coder Agreement for Computational
 * Linguistics. <i>Computational Linguistics</i> 34(4), 555–596. Meyer, C. M., Mieskes, M.,
 * Stab, C., Gurevych, I. (2014). DKPro Agreement: An Open-Source Java Library for Measuring
 * Inter-Rater Agreement. COLING 2014, system demonstrations, 105–109.
 */
package fr.parole.coding.agreement;
