package fr.parole.study;

/** How many codings of one code are in one status, in how many segments. */
public record CodeCount(String codebook, String code, String status, int codings, int segments) {}
