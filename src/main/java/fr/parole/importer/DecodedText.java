package fr.parole.importer;

/** Text read from bytes, with the encoding it was read in (e.g. "UTF-8", "UTF-8 (BOM)", "windows-1252"). */
public record DecodedText(String text, String encoding) {}
