package fr.parole.importer.transcript;

import fr.parole.importer.DoctypeRefusal;
import fr.parole.importer.ImportException;
import fr.parole.importer.SourceFile;
import fr.parole.importer.ZipLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads {@code .docx} transcripts with Apache POI: one line per paragraph, headings from the
 * "Heading n" / "Titre n" styles, and two-column tables (speaker | words) read as "speaker : words".
 */
public final class DocxReader implements TranscriptReader {
  private static final Pattern HEADING_STYLE = Pattern.compile("(?i)(heading|titre|title)\\s*\\d*");

  @Override
  public Set<String> formats() {
    return Set.of("docx");
  }

  @Override
  public TranscriptText read(SourceFile file) {
    ZipLimits.check(file);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file.bytes()))) {
      StringBuilder text = new StringBuilder();
      List<TranscriptText.Heading> headings = new ArrayList<>();
      for (IBodyElement element : document.getBodyElements()) {
        if (element instanceof XWPFParagraph paragraph) {
          if (isHeading(document, paragraph) && !paragraph.getText().isBlank()) {
            headings.add(new TranscriptText.Heading(text.length(), paragraph.getText().strip()));
          }
          text.append(paragraph.getText()).append('\n');
        } else if (element instanceof XWPFTable table) {
          appendTable(table, text);
        }
      }
      if (text.toString().isBlank()) {
        throw new ImportException(file.name() + " : le document .docx ne contient aucun texte.");
      }
      return new TranscriptText(text.toString(), "docx", headings);
    } catch (OLE2NotOfficeXmlFileException e) {
      throw new ImportException(file.name() + " : ancien format Word (.doc) sous une extension .docx. "
          + "Enregistrez-le au format .docx (Word 2007 ou plus récent).", e);
    } catch (POIXMLException | IOException | IllegalArgumentException e) {
      DoctypeRefusal.of(file.name(), "docx", e).ifPresent(refusal -> {
        throw refusal;
      });
      throw new ImportException(file.name() + " : ce n'est pas un document .docx valide (attendu : une archive "
          + "ZIP Office Open XML ; fichier tronqué, abîmé, ou d'un autre format renommé en .docx).", e);
    }
  }

  private static boolean isHeading(XWPFDocument document, XWPFParagraph paragraph) {
    String styleId = paragraph.getStyleID();
    if (styleId == null) {
      return false;
    }
    if (HEADING_STYLE.matcher(styleId).matches()) {
      return true;
    }
    XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(styleId);
    return style != null && style.getName() != null
        && HEADING_STYLE.matcher(style.getName().toLowerCase(Locale.ROOT)).matches();
  }

  private static void appendTable(XWPFTable table, StringBuilder text) {
    for (XWPFTableRow row : table.getRows()) {
      List<String> cells = new ArrayList<>();
      for (XWPFTableCell cell : row.getTableCells()) {
        cells.add(cell.getText().replace('\n', ' ').strip());
      }
      text.append(String.join(cells.size() == 2 ? " : " : " | ", cells)).append('\n');
    }
  }
}
