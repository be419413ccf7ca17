package vn.trienkhai.reporting.document;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.trienkhai.plan.PlanLayout;

/** Nơi nhận on the left, the signature block on the right, side by side in a borderless table. */
final class DocxSignature {

    static final float RECIPIENTS_SHARE = 0.5f;
    private static final int SIGNING_SPACE_LINES = 4;

    private DocxSignature() {
    }

    static void write(XWPFDocument document, ConsolidatedReport report) {
        float leftMm = LayoutRules.TEXT_WIDTH_MM * RECIPIENTS_SHARE;
        XWPFTable table = DocxTables.frame(document, new float[] {leftMm, LayoutRules.TEXT_WIDTH_MM - leftMm});
        recipients(table.getRow(0).getCell(0), report);
        signature(table.getRow(0).getCell(1), report.signature());
    }

    private static void recipients(XWPFTableCell cell, ConsolidatedReport report) {
        PlanLayout layout = report.layout();
        XWPFParagraph title = cell.getParagraphs().get(0);
        DocxText.line(title, ParagraphAlignment.LEFT);
        boolean party = layout == PlanLayout.PARTY;
        XWPFRun run = DocxText.run(title, ReportWording.RECIPIENTS, LayoutRules.recipientsTitleSize(layout),
                !party, !party);
        if (party) {
            DocxText.underlined(run);
        }
        for (String recipient : ReportWording.recipientLines(report.recipients(), layout)) {
            XWPFParagraph line = cell.addParagraph();
            DocxText.line(line, ParagraphAlignment.LEFT);
            DocxText.run(line, recipient, LayoutRules.RECIPIENTS_SIZE, false, false);
        }
    }

    private static void signature(XWPFTableCell cell, Signature signature) {
        XWPFParagraph first = cell.getParagraphs().get(0);
        if (signature.hasCollective()) {
            DocxText.line(first, ParagraphAlignment.CENTER);
            DocxText.run(first, ReportWording.upper(signature.collective()), LayoutRules.BODY_SIZE, true, false);
        }
        XWPFParagraph authority = signature.hasCollective() ? cell.addParagraph() : first;
        DocxText.line(authority, ParagraphAlignment.CENTER);
        DocxText.run(authority, ReportWording.upper(signature.authority()), LayoutRules.BODY_SIZE, true, false);
        XWPFParagraph title = cell.addParagraph();
        DocxText.line(title, ParagraphAlignment.CENTER);
        DocxText.run(title, ReportWording.upper(signature.title()), LayoutRules.BODY_SIZE, true, false);
        for (int i = 0; i < SIGNING_SPACE_LINES; i++) {
            DocxText.line(cell.addParagraph(), ParagraphAlignment.CENTER);
        }
        XWPFParagraph name = cell.addParagraph();
        DocxText.line(name, ParagraphAlignment.CENTER);
        DocxText.run(name, SafeText.line(signature.name()), LayoutRules.BODY_SIZE, true, false);
    }
}
