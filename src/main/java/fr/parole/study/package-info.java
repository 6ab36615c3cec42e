/**
 * The study folder and its store: {@code study.yaml} ({@link fr.parole.study.StudyConfig}, Jackson
 * YAML), the SQLite store {@code .parole/study.db} ({@link fr.parole.study.StudyStore}), write
 * transactions ({@link fr.parole.study.StoreTransaction}, per-file savepoints) and read queries
 * ({@link fr.parole.study.StoreQueries}, {@link fr.parole.study.SegmentQueries},
 * {@link fr.parole.study.CodingQueries}, {@link fr.parole.study.ReportQueries},
 * {@link fr.parole.study.CorpusCounts}).
 *
 * <h2>Schema</h2>
 * Numbered migrations in {@code src/main/resources/fr/parole/study/db/V*.sql}, tracked by
 * {@code PRAGMA user_version}; the file is copied aside before an upgrade and a store written by a
 * newer Parole is refused. Migrations run with foreign keys off (SQLite's table-rebuild recipe) and
 * {@code PRAGMA foreign_key_check} before commit. Each migration's header says what it holds; in
 * short:
 * <ul>
 *   <li>{@code sources(id, path UNIQUE, format, content_hash UNIQUE, encoding, content, imported_at)}:
 *       {@code content} is the plain text segment offsets refer to (NULL for a comment export, whose
 *       comments are its segments' own text, so that a 1,000,000-row export is not stored twice);
 *   <li>{@code segments(id, source_id, ordinal, kind, speaker, start_offset, end_offset, line, text,
 *       word_count, attribute_set_id, start_ms, end_ms, date)}; {@code kind} is turn, interviewer, preamble, whole, comment or
 *       answer; analysed (coded, counted): turn, whole, comment, answer
 *       ({@link fr.parole.study.SegmentKind#isAnalysed()});
 *   <li>{@code attribute_sets(id, key)} and {@code attribute_values(set_id, name, value)}: each
 *       distinct combination of attributes once, a segment's date apart (V19, {@code segments.date}):
 *       with it, each e-Satis comment had a set of its own; nothing asks SQL once per attribute;
 *   <li>{@code codings(segment_id, codebook, code, coder, origin rule|model|rule+model|human,
 *       confidence, status suggested|accepted|rejected, evidence_id, span_start, span_end, at)} (V2) and
 *       {@code code_thresholds} (V7): a coding run deletes only the machine's pending suggestions and
 *       records the threshold of each code it used; {@code evidences(id, text UNIQUE)} (V20): each
 *       distinct evidence text once (a rule's whole query, on millions of suggestions), never deleted
 *       ({@code Evidences}); the partial index {@code codings_decided} (V22) holds people's decisions
 *       alone, which every coding run reads so as never to overwrite them; the undo journal
 *       ({@code coding_action_rows}, V11) and
 *       {@code archived_codings} (V12) keep their few people's codings' texts inline;
 *   <li>content-lemma counts per source, attribute value and lemma, and per source and lemma
 *       (V18, replacing V5-V6), derived data kept by coding runs for word specificities
 *       ({@link fr.parole.study.LemmaCounts}, {@link fr.parole.study.LemmaValueWriter}), and
 *       {@code coded_sources}: which sources each codebook coded, with what (incremental coding;
 *       V21 lists under a codebook the sources it had pending suggestions on before V18, so that a
 *       run clears them from a source study.yaml has since given another codebook);
 *   <li>e-Satis results (V3: {@code esatis_results}, {@code esatis_scores}, {@code esatis_establishments};
 *       a missing score is NULL, never 0) and questionnaires (V4: definitions, respondents, answers);
 *   <li>blinded parallel coding (V10: {@code assignments}, {@code assignment_segments},
 *       {@code assignment_coders}, {@code resolutions}; {@link fr.parole.study.Assignments});
 *   <li>{@code events} (append-only log) and {@code meta} ({@code generation}, bumped by every import).
 * </ul>
 * Ids are {@code AUTOINCREMENT}: never reused, so the index and codings never confuse a replaced
 * segment with its successor.
 *
 * <h2>Invariants</h2>
 * A write is one transaction: a crash or Ctrl-C leaves the study as it was. A person's codings
 * (origin {@code human}, or status accepted/rejected) are never deleted or overwritten by a coding
 * run, and a changed source carrying them is not re-imported over them. {@code text =
 * content[start_offset, end_offset)} except for comment exports. Nothing but tests reads
 * {@code sources.content}.
 */
package fr.parole.study;
