package fr.parole.study;

/** What a study holds: sources, participants' segments and words, interviewer and other turns. */
public record StoreSummary(int sources, int segments, long words, int interviewerTurns, int otherSegments) {}
