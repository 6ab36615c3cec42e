package fr.parole.study;

/** One change made through the atelier (table {@code audit_log}): who did what, on what, when. */
public record AuditEntry(long id, String at, String person, String action, String target, String detail) {}
