package fr.parole.stats;

/** An establishment's score on one dimension in two years: difference = later − earlier. */
public record ScoreEvolution(String establishment, String dimension, int fromYear, int toYear,
    double fromScore, double toScore, double difference, String fromClass, String toClass) {}
