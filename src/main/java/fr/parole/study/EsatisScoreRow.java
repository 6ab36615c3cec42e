package fr.parole.study;

/** One stored e-Satis score with its establishment, survey, year and class; score and answers may be null. */
public record EsatisScoreRow(
    String finessGeo, String name, String region, String survey, int year, String esatisClass, String dimension,
    Double score, Integer answers) {}
