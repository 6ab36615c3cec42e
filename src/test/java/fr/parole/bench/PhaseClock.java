package fr.parole.bench;

import fr.parole.Progress;

/** Records when the import's file loop ends: what follows is the store's commit and the indexing. */
final class PhaseClock implements Progress {
  long lastImportUpdate;

  @Override
  public void update(String task, long done, long total) {
    if (task.equals("Import")) {
      lastImportUpdate = System.nanoTime();
    }
  }

  @Override
  public void info(String message) { }

  @Override
  public void warn(String message) {
    ImportSearchBenchmark.log("avertissement : " + message);
  }
}
