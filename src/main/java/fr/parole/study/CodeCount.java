package fr.parole.study;

/**
 * The segments of one code in one state ({@code accepted}, {@code rejected}, {@code suggested} at or
 * above the code's threshold, {@code below} it: the state that wins for each segment, see
 * {@link CodingQueries#codeCounts()}), and their codings.
 */
public record CodeCount(String codebook, String code, String status, int codings, int segments) {}
