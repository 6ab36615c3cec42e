/**
 * The report folder ({@code parole report}, {@code run}, {@code demo}), in French or English.
 *
 * <h2>Flow</h2>
 * {@link fr.parole.report.ReportService} reads the corpus counts once ({@code study.CorpusCounts}),
 * then each codebook's codings in one streamed pass ({@link fr.parole.report.CodingTally}) into
 * {@link fr.parole.report.ThemeCodings}: counts only (per code, per code rolled up to its top-level
 * parent and group of each attribute the report cuts by, per pair of dimensions, co-occurrences,
 * codings by origin and status, the quotes to show), never a list of codings, so that 1,000,000
 * segments report in a 2 GiB heap ({@code bench/report.sh}). A coding counts when a person made or
 * accepted it, or when it is a machine suggestion nobody rejected at or above its code's threshold
 * ({@code study.CodeThreshold}); a segment counts once per code it carries (every counted code of a
 * non-exclusive dimension, the best of an exclusive one). The tests per code are made once
 * ({@link fr.parole.report.ThemeFindings}) for the summary and the themes.
 *
 * <p>Sections in page order, each adding tables and charts to a {@link fr.parole.report.ReportPage}:
 * {@link fr.parole.report.SummarySection} (« En bref »), {@link fr.parole.report.CorpusSection}
 * (counts, attributes through {@link fr.parole.report.AttributeView}, sources),
 * {@link fr.parole.report.VerbatimsSection} (themes by polarity, points to improve by service,
 * {@link fr.parole.report.ServiceView}), {@link fr.parole.report.ThemesSection} (frequencies,
 * crosstabs or tests per code, years, co-occurrences, quotes: {@link fr.parole.report.FrequencyView},
 * {@link fr.parole.report.CrosstabView}, {@link fr.parole.report.PresenceView},
 * {@link fr.parole.report.YearTrendView}, {@link fr.parole.report.CooccurrenceView},
 * {@link fr.parole.report.QuotesView}), the groups « Par établissement » / « Par niveau »
 * (specificities), {@link fr.parole.report.EsatisSection}, {@link fr.parole.report.QuestionnairesSection},
 * {@link fr.parole.report.MethodSection}. {@link fr.parole.report.ReportOptions} ({@code --par},
 * {@code --dimension}) says what is crossed and refuses unknown names before anything is written.
 *
 * <h2>Tables, charts, words</h2>
 * One table type: a {@link fr.parole.report.ReportTable} is a Tablesaw table with typed columns (a
 * statistic's own table goes in as it is); how its numbers read is a view
 * ({@link fr.parole.report.TableColumns}) applied when the page is written; CSV and XLSX keep every
 * digit ({@link fr.parole.report.ReportFiles}: RFC 4180 with a BOM, neutralised cells, a workbook
 * with numbers as numbers). Columns named {@code *_id} are for programs: in the files, not on the
 * page. {@link fr.parole.report.Charts} draws with JFreeChart (Okabe-Ito colours, residuals
 * blue-white-red; charts by group keep the 20 largest groups), {@link fr.parole.report.ChartImages}
 * writes PNG and SVG with axis numbers in the report's language. Every word comes from
 * {@code messages.properties} / {@code messages_en.properties} through
 * {@link fr.parole.report.ReportText}, which also names attributes and values (the study's
 * {@code labels:} first) and escapes HTML.
 */
package fr.parole.report;
