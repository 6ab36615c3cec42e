package fr.parole.bench;

import java.util.Map;

/** What was generated. */
record Generated(
    int files, int participantTurns, int questions, long participantWords, long bytes,
    Map<String, Integer> wordCounts) {}
