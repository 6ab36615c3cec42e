/**
 * Codebooks and coding: what a segment is about.
 *
 * <p><b>Codebooks</b>: {@link fr.parole.coding.CodebookReader} (YAML, with checked ids, parents,
 * cycles, rules, {@code exclusive}, {@code negated_mentions} and {@code threshold}),
 * {@link fr.parole.coding.QdcCodebooks} (REFI-QDA), {@link fr.parole.coding.CodebookLibrary} (the
 * shipped ones in {@code models/codebooks}).
 *
 * <p><b>Coders</b> read a text tagged once ({@link fr.parole.coding.TextCoder}; one per thread in
 * {@link fr.parole.coding.ParallelCoder}). {@link fr.parole.coding.RuleCoder} matches the rules on
 * the text's terms ({@link fr.parole.coding.SegmentTerms}, {@link fr.parole.coding.RuleMatcher});
 * a negated word fires no rule unless the rule or its dimension says so.
 * {@link fr.parole.coding.LearnedCoder} holds one {@link fr.parole.coding.DimensionModel} per
 * dimension: weights ({@link fr.parole.coding.WeightTable}, trained by OpenNLP through
 * {@link fr.parole.coding.Learner}: one yes-or-no model per code, or one model choosing a code
 * in an exclusive dimension), and per code a {@link fr.parole.coding.Calibration} (the score and
 * the code's rule hits → the probability that the code applies) and a threshold
 * ({@link fr.parole.coding.ThresholdChoice}), both found by a cross-validation inside training
 * ({@link fr.parole.coding.DimensionTrainer}) and saved with the weights
 * ({@link fr.parole.coding.ModelFile}, {@link fr.parole.coding.LearnedModels}).
 * {@link fr.parole.coding.CombinedCoder} gives rules and model together, keeping every rule hit
 * and every code at or above half its threshold. {@link fr.parole.coding.CodeThresholds} says
 * each code's threshold (codebook, calibrated, default), which a coding run
 * ({@link fr.parole.coding.CodingService}) records in the store.
 *
 * <p><b>Evaluation</b>: {@link fr.parole.coding.GoldLabels} reads a gold file (several codes per
 * cell, {@code aucun}, a column per dimension), {@link fr.parole.coding.GoldEvaluation} compares
 * what would be counted with it, {@link fr.parole.coding.CrossValidation} does so by folds;
 * the measures are in {@link fr.parole.coding.agreement}.
 *
 * <p>Never overwrites a person's coding: a coding run replaces only the machine's pending
 * suggestions.
 */
package fr.parole.coding;
