package fr.parole;

/** Where long work reports how far it has got; the CLI prints it to stderr. */
public interface Progress {
  /** Nothing is shown: for tests and quiet runs. */
  Progress SILENT = new Progress() {
    @Override
    public void update(String task, long done, long total) { }

    @Override
    public void info(String message) { }

    @Override
    public void warn(String message) { }
  };

  /** {@code done} of {@code total} units of {@code task} are done ({@code total} 0 if unknown). */
  void update(String task, long done, long total);

  void info(String message);

  void warn(String message);
}
