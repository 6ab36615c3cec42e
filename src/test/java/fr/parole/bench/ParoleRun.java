package fr.parole.bench;

/** One import of the study by Parole. Times in nanoseconds. */
record ParoleRun(long total, long importPart, long peakHeap, long peakLiveHeap) {}
