package fr.parole.importer.cases;

/** What a cases file's rows describe: whole transcripts, or speakers identified by their code. */
public enum CaseKey {
  SOURCE, SPEAKER
}
