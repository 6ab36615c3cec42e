package fr.parole.study;

/** How many sources, segments and words carry one value of an attribute. */
public record ValueCount(String value, int sources, int segments, long words) {}
