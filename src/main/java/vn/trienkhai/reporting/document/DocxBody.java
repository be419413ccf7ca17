package vn.trienkhai.reporting.document;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Title (type and trích yếu), written into the frame, and the numbered sections of the body, streamed; a table's
 * introducing paragraph is kept on the page of the table.
 */
final class DocxBody {

    private DocxBody() {
    }

    static void title(XWPFDocument document, ConsolidatedReport report) {
        XWPFParagraph type = document.createParagraph();
        DocxText.line(type, ParagraphAlignment.CENTER);
        type.setSpacingBefore(360);
        DocxText.run(type, ReportWording.documentType(), LayoutRules.TITLE_SIZE, true, false);
        List<String> subject = SubjectLines.of(SafeText.line(report.subject()),
                LayoutRules.mmToPoints(LayoutRules.TEXT_WIDTH_MM), LayoutRules.TITLE_SIZE);
        XWPFParagraph summary = document.createParagraph();
        DocxText.line(summary, ParagraphAlignment.CENTER);
        DocxText.run(summary, String.join("\n", subject), LayoutRules.TITLE_SIZE, true, false);
        float widest = 0;
        for (String line : subject) {
            widest = Math.max(widest, TextWidths.width(line, FontStyle.BOLD, LayoutRules.TITLE_SIZE));
        }
        float lineMm = Math.min(LayoutRules.TEXT_WIDTH_MM, widest * 25.4f / 72);
        DocxText.rule(document.createParagraph(), LayoutRules.TEXT_WIDTH_MM, Math.max(20, lineMm / 3));
        document.createParagraph().setSpacingAfter(0);
    }

    static void sections(DocxStream body, ConsolidatedReport report) throws XMLStreamException {
        body.paragraph(ReportSections.opening(report), false);
        for (Section section : ReportSections.of(report)) {
            body.heading(section.heading());
            List<Paragraph> paragraphs = section.paragraphs();
            for (int i = 0; i < paragraphs.size(); i++) {
                boolean introducesTable = i == paragraphs.size() - 1 && section.table().isPresent();
                body.paragraph(paragraphs.get(i), introducesTable);
            }
            if (section.table().isPresent()) {
                body.table(section.table().get(), LayoutRules.TEXT_WIDTH_MM);
                body.spacer();
            }
        }
    }
}
