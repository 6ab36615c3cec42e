package fr.parole.importer.transcript;

/**
 * One subtitle cue as a speech-to-text tool wrote it: the line of its timing in the file, its start
 * and end in the recording (milliseconds), its text with markup, and the speaker the file format
 * itself names (noScribe's anchors; null when the text has to say it).
 */
record Cue(int line, long startMs, long endMs, String payload, String speaker) {}
