/**
 * The order of stages for each user request ({@link fr.parole.pipeline.Pipeline}): import (the
 * importer, with the index fed alongside and committed after the store or rolled back), search
 * (freshness check, then the searcher), code (each source with the codebook its study.yaml entry
 * names, chosen by {@link fr.parole.pipeline.CodingStage}; {@link fr.parole.pipeline.CodingRun}), run (import, code, report), demo (run on a fresh
 * copy of the demo's derived data), status ({@link fr.parole.pipeline.StudyStatus}).
 *
 * <p>The pipeline is the only door the command line uses: {@code cli} never opens the store,
 * the index or a model itself. A new request is a method here that calls the stages' services.
 */
package fr.parole.pipeline;
