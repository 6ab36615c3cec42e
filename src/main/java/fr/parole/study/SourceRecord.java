package fr.parole.study;

/** An imported source as the store knows it, with counts of its analysed segments and words. */
public record SourceRecord(
    long id, String path, String format, String contentHash, String encoding, String importedAt,
    int segments, int words) {}
