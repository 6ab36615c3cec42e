/**
 * Reads the files {@code study.yaml} lists into the store, one transaction per import
 * ({@link fr.parole.importer.ImportService}).
 *
 * <p>{@link fr.parole.importer.SourceCollector} lists what study.yaml names, with each file's
 * source entry and {@code type}; {@link fr.parole.importer.SourceReaders} picks the reader a file's
 * type calls for (transcript by extension, {@code esatis}, {@code verbatims}, {@code questionnaire});
 * each returns a {@link fr.parole.importer.ReadSource}. {@link fr.parole.importer.TextDecoder} finds
 * encodings (UTF-8 with or without BOM, UTF-16, Windows-1252; binary and empty files refused),
 * {@link fr.parole.importer.TableReader} reads CSV (sniffed separator, whole or streamed) and XLSX,
 * {@link fr.parole.importer.AttributeResolver} gives segments their attributes.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>Attributes, from least to most specific: speaker-code pattern, cases row of the source,
 *       cases row of the speaker, section heading. A questionnaire respondent: cases row of the
 *       response file, then the row's declared attribute columns. A cases column is named as the
 *       study names its attributes ({@link fr.parole.study.AttributeNames}: « Établissement » is
 *       {@code establishment}); near-duplicate columns are imported with a warning.
 *   <li>A file whose content hash is known is skipped; a changed file replaces its previous
 *       version; a change to the cases files or the speaker/section rules re-attributes every
 *       source in place (same segment ids).
 *   <li>Per-file savepoint: a file that fails leaves nothing, the others are committed together,
 *       the command exits 3 naming the file and line.
 *   <li>Streaming: a file's segments go to the index ({@code SegmentIndex.LiveUpdate}) as soon as
 *       they are stored. A CSV comment export ({@link fr.parole.importer.VerbatimStore}) is never
 *       held whole: a first pass gives its hash and encoding, a second reads it row by row, stored
 *       in batches of 5,000 inside the file's savepoint; a bad row further down rolls the savepoint
 *       back and the index drops that source's documents. Other sources are small and read whole.
 * </ul>
 *
 * <p>A new importer: a reader returning a {@code ReadSource}, registered in
 * {@link fr.parole.importer.ImporterRegistry} (by extension) or in {@code SourceReaders} (by
 * {@code type:}), with a bad-input test per failure it can meet.
 */
package fr.parole.importer;
