package fr.parole.study;

/** A machine suggestion no person has decided on yet, with the segment it is about. */
public record PendingSuggestion(
    long codingId, long segmentId, String source, String speaker, String text, String code, double confidence,
    String origin, String evidence) {}
