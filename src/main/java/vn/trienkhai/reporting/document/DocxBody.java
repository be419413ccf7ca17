package vn.trienkhai.reporting.document;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Title (type and trích yếu) and the numbered sections of the body. */
final class DocxBody {

    private DocxBody() {
    }

    static void title(XWPFDocument document, ConsolidatedReport report) {
        XWPFParagraph type = document.createParagraph();
        DocxText.line(type, ParagraphAlignment.CENTER);
        type.setSpacingBefore(360);
        DocxText.run(type, ReportWording.documentType(), LayoutRules.TITLE_SIZE, true, false);
        String subject = SafeText.line(report.subject());
        XWPFParagraph summary = document.createParagraph();
        DocxText.line(summary, ParagraphAlignment.CENTER);
        DocxText.run(summary, subject, LayoutRules.TITLE_SIZE, true, false);
        float lineMm = Math.min(LayoutRules.TEXT_WIDTH_MM,
                TextWidths.width(subject, FontStyle.BOLD, LayoutRules.TITLE_SIZE) * 25.4f / 72);
        DocxText.rule(document.createParagraph(), LayoutRules.TEXT_WIDTH_MM, Math.max(20, lineMm / 3));
        document.createParagraph().setSpacingAfter(0);
    }

    static void sections(XWPFDocument document, ConsolidatedReport report) {
        for (Section section : ReportSections.of(report)) {
            heading(document, section.heading());
            paragraphs(document, section.paragraphs());
            section.table().ifPresent(table -> {
                DocxTables.grid(document, table, LayoutRules.TEXT_WIDTH_MM);
                spacer(document);
            });
        }
    }

    static void heading(XWPFDocument document, String text) {
        XWPFParagraph heading = document.createParagraph();
        DocxText.body(heading);
        heading.setKeepNext(true);
        DocxText.run(heading, text, LayoutRules.BODY_SIZE, true, false);
    }

    static void paragraphs(XWPFDocument document, List<Paragraph> paragraphs) {
        for (Paragraph paragraph : paragraphs) {
            XWPFParagraph out = document.createParagraph();
            DocxText.body(out);
            if (!paragraph.lead().isEmpty()) {
                DocxText.run(out, paragraph.lead(), LayoutRules.BODY_SIZE, true, false);
            }
            if (!paragraph.text().isEmpty()) {
                DocxText.run(out, paragraph.text(), LayoutRules.BODY_SIZE, false, false);
            }
        }
    }

    static void spacer(XWPFDocument document) {
        XWPFParagraph spacer = document.createParagraph();
        DocxText.line(spacer, ParagraphAlignment.LEFT);
        spacer.setSpacingAfter(Math.round(LayoutRules.PARAGRAPH_SPACING_PT * 20));
    }
}
