package vn.trienkhai.drafting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.trienkhai.system.InvalidDocumentException;

/**
 * The text of a .docx, one paragraph a line, tables read cell by cell (the heading of a plan
 * usually sits in a two-column table). Word's automatic bullets come back as "- "; automatic
 * numbers ("1.", "a)") are not in the text and are lost (see docs/plan-drafting.md).
 */
final class DocxText {

    private DocxText() {
    }

    static String read(byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> lines = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    lines.add(text(paragraph));
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cell.getParagraphs().forEach(paragraph -> lines.add(text(paragraph)));
                        }
                    }
                }
            }
            return String.join("\n", lines);
        } catch (IOException | RuntimeException exception) {
            throw new InvalidDocumentException("file", "không đọc được tệp .docx (" + exception.getClass().getSimpleName()
                    + "); gửi tệp Word 2007 trở lên (.docx) hoặc dán nội dung văn bản");
        }
    }

    private static String text(XWPFParagraph paragraph) {
        String text = paragraph.getText();
        return "bullet".equals(paragraph.getNumFmt()) && !text.isBlank() ? "- " + text : text;
    }
}
