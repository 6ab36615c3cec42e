/**
 * Exchange with the other tools: the REFI-QDA project ({@code .qdpx}: a zip holding one
 * {@code .qde} XML document and the sources' plain text), which NVivo, ATLAS.ti, MAXQDA and
 * QualCoder read and write, and IRaMuTeQ's corpus format. Pure formats: a {@link QdpxProject} in
 * and out of bytes, a corpus out of texts and their variables. What a Parole study becomes in these
 * formats, and back, is decided in {@code pipeline} ({@code ProjectExport}, {@code ProjectImport}).
 * Reading refuses DTDs and external entities, and opens no archive {@code importer.ZipLimits} has
 * not checked.
 */
package fr.parole.exchange;
