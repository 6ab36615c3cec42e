package fr.parole.study;

/** Which pending suggestions a reviewer asked for: a code, a source (its path), a confidence range; empty: any. */
public record PendingFilter(String code, String source, double min, double max) {}
