package fr.parole.study;

/** For one survey and year: how many establishments have results, and how many scores are present. */
public record EsatisCount(String survey, int year, int establishments, int scores, int missingScores) {}
