/**
 * The Lucene index {@code .parole/index/}, derived from the store and rebuilt from it at any time
 * ({@link fr.parole.index.SegmentIndex}), and search over it ({@link fr.parole.index.SegmentSearcher}:
 * classic query parser, attribute filters, facets, KWIC through the Matches API).
 *
 * <p>Per segment: {@code id} (stored), {@code order} (doc values, corpus order), {@code source_id},
 * {@code source}, {@code kind}, {@code speaker}, {@code line}, {@code text} (French analysis:
 * elision, lower case, stop words, light stem, accent folding; stored, with offsets), {@code exact}
 * (as written, with offsets), {@code attr.<name>} (filters) and one sorted-set facet dimension per
 * attribute. The commit records the store generation it reflects and the highest segment id; an
 * index behind the store is rebuilt before a search. Indexing analyses documents on one thread per
 * core ({@link fr.parole.index.ConcurrentIndexer}): analysing two text fields is most of its time.
 * The index does not hold lemmas or tags (tagging at import would triple its time): rules that use
 * them are matched by the coders on the tagged text instead.
 *
 * <p>Filters name attributes as people do ({@code rôle}, {@code Établissement}: see
 * {@link fr.parole.study.AttributeNames}) with one or more values (any of them); a query that
 * cannot be read is explained in French with its position ({@link fr.parole.index.QueryErrors}).
 */
package fr.parole.index;
