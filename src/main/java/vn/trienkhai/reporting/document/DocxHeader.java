package vn.trienkhai.reporting.document;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.trienkhai.plan.PlanLayout;

/**
 * The header as a borderless two-column table: issuing body and number on the left, Quốc hiệu and tiêu ngữ (or
 * "ĐẢNG CỘNG SẢN VIỆT NAM") and the place and date on the right.
 */
final class DocxHeader {

    private DocxHeader() {
    }

    static void write(XWPFDocument document, ConsolidatedReport report) {
        PlanLayout layout = report.layout();
        float leftMm = LayoutRules.headerLeftMm(layout);
        float rightMm = LayoutRules.TEXT_WIDTH_MM - leftMm;
        XWPFTable table = DocxTables.frame(document, new float[] {leftMm, rightMm});
        left(table.getRow(0).getCell(0), report, leftMm);
        right(table.getRow(0).getCell(1), report, rightMm);
    }

    private static void left(XWPFTableCell cell, ConsolidatedReport report, float widthMm) {
        PlanLayout layout = report.layout();
        float size = LayoutRules.bodyNameSize(layout);
        XWPFParagraph parent = cell.getParagraphs().get(0);
        DocxText.line(parent, ParagraphAlignment.CENTER);
        DocxText.run(parent, ReportWording.upper(report.issuingBody().parentName()), size, false, false);
        String name = ReportWording.upper(report.issuingBody().name());
        XWPFParagraph body = cell.addParagraph();
        DocxText.line(body, ParagraphAlignment.CENTER);
        DocxText.run(body, name, size, true, false);
        if (layout == PlanLayout.PARTY) {
            XWPFParagraph star = cell.addParagraph();
            DocxText.line(star, ParagraphAlignment.CENTER);
            DocxText.run(star, ReportWording.PARTY_STAR, size, false, false);
        } else {
            DocxText.rule(cell.addParagraph(), widthMm, ruleUnder(name, size));
        }
        XWPFParagraph number = cell.addParagraph();
        DocxText.line(number, ParagraphAlignment.CENTER);
        number.setSpacingBefore(120);
        DocxText.run(number, ReportWording.numberLine(report), LayoutRules.NUMBER_SIZE, false, false);
    }

    private static void right(XWPFTableCell cell, ConsolidatedReport report, float widthMm) {
        PlanLayout layout = report.layout();
        XWPFParagraph title = cell.getParagraphs().get(0);
        DocxText.line(title, ParagraphAlignment.CENTER);
        if (layout == PlanLayout.PARTY) {
            DocxText.underlined(DocxText.run(title, ReportWording.PARTY_TITLE,
                    LayoutRules.nationalTitleSize(layout), true, false));
        } else {
            DocxText.run(title, ReportWording.STATE_MOTTO_TITLE, LayoutRules.nationalTitleSize(layout), true, false);
            XWPFParagraph motto = cell.addParagraph();
            DocxText.line(motto, ParagraphAlignment.CENTER);
            DocxText.run(motto, ReportWording.STATE_MOTTO, LayoutRules.mottoSize(), true, false);
            DocxText.rule(cell.addParagraph(), widthMm, mottoRule());
        }
        XWPFParagraph date = cell.addParagraph();
        DocxText.line(date, ParagraphAlignment.CENTER);
        date.setSpacingBefore(layout == PlanLayout.PARTY ? 360 : 120);
        DocxText.run(date, ReportWording.dateLine(report.date()), LayoutRules.DATE_SIZE, false, true);
    }

    /** The rule under the issuing body: 2/5 of the name's length (Nghị định 30/2020: one third to one half). */
    static float ruleUnder(String name, float size) {
        return Math.max(12, TextWidths.width(name, FontStyle.BOLD, size) * LayoutRules.BODY_RULE_SHARE * 25.4f / 72);
    }

    /** The rule under the tiêu ngữ, as long as the line itself. */
    static float mottoRule() {
        return TextWidths.width(ReportWording.STATE_MOTTO, FontStyle.BOLD, LayoutRules.mottoSize()) * 25.4f / 72;
    }
}
