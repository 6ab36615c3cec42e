package fr.parole.bench;

import java.util.List;

/** One measure of the floor: Lucene then SQLite, on one text file. Times in nanoseconds. */
record Floor(long lucene, long sqlite) {
  long total() {
    return lucene + sqlite;
  }

  static Floor mean(List<Floor> floors) {
    return new Floor((long) floors.stream().mapToLong(Floor::lucene).average().orElse(0),
        (long) floors.stream().mapToLong(Floor::sqlite).average().orElse(0));
  }
}
