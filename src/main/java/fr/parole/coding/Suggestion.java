package fr.parole.coding;

/**
 * A code suggested for a segment: the code ({@code dimension/code}), how confident the coder is
 * (0 to 1), who suggested it ({@code rule}, {@code model}) and why (the rule that fired).
 */
public record Suggestion(String code, double confidence, String origin, String evidence) {}
