package fr.parole.importer;

import java.nio.charset.Charset;

/**
 * How a text file is encoded, as {@link TextDecoder#scan} found it: the charset to read it with,
 * the name users see ("UTF-8 (BOM)", "windows-1252"…) and how many bytes of byte-order mark to skip.
 */
public record TextEncoding(Charset charset, String label, int bomLength) {}
