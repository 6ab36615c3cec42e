package fr.parole.importer;

import fr.parole.importer.esatis.EsatisColumns;
import fr.parole.importer.esatis.EsatisResultsReader;
import fr.parole.importer.verbatim.VerbatimReader;

/**
 * Reads a collected file as its source entry's type says: transcripts by their extension
 * (through the {@link ImporterRegistry}), e-Satis results and comment exports as tables.
 */
final class SourceReaders {
  private final ImporterRegistry registry;
  private final EsatisResultsReader esatis;
  private final VerbatimReader verbatims;

  SourceReaders(ImporterRegistry registry) {
    this.registry = registry;
    TableReader tables = new TableReader(new TextDecoder());
    this.esatis = new EsatisResultsReader(tables, EsatisColumns.shipped());
    this.verbatims = new VerbatimReader(tables);
  }

  ReadSource read(CollectedFile collected, SourceFile file) {
    return switch (collected.type()) {
      case SourceCollector.ESATIS -> esatis.read(file, collected.spec());
      case SourceCollector.VERBATIMS -> verbatims.read(file, collected.spec());
      default -> registry.forFile(file).orElseThrow(() -> new ImportException(file.name()
          + " : format non pris en charge (attendu : " + String.join(", ", registry.formats()) + ").")).read(file);
    };
  }
}
