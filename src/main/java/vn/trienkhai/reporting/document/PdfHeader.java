package vn.trienkhai.reporting.document;

import java.io.IOException;
import java.util.List;
import vn.trienkhai.plan.PlanLayout;
import vn.trienkhai.reporting.document.PdfFlow.Align;
import vn.trienkhai.reporting.document.PdfLines.Line;
import vn.trienkhai.reporting.document.PdfLines.Span;

/** The header's two columns and the title, drawn as the DOCX lays them out. */
final class PdfHeader {

    private static final float RULE_GAP = 2f;

    private PdfHeader() {
    }

    static void write(PdfFlow flow, ConsolidatedReport report) throws IOException {
        PlanLayout layout = report.layout();
        float top = flow.y();
        float leftWidth = LayoutRules.mmToPoints(LayoutRules.headerLeftMm(layout));
        float leftBottom = left(flow, report, leftWidth);
        flow.moveDown(flow.y() - top);
        float rightBottom = right(flow, report, flow.left() + leftWidth, flow.textWidth() - leftWidth);
        flow.moveDown(flow.y() - Math.min(leftBottom, rightBottom));
    }

    private static float left(PdfFlow flow, ConsolidatedReport report, float width) throws IOException {
        PlanLayout layout = report.layout();
        float size = LayoutRules.bodyNameSize(layout);
        float x = flow.left();
        line(flow, ReportWording.upper(report.issuingBody().parentName()), FontStyle.REGULAR, size, x, width);
        List<Line> name = line(flow, ReportWording.upper(report.issuingBody().name()), FontStyle.BOLD, size, x, width);
        if (layout == PlanLayout.PARTY) {
            line(flow, ReportWording.PARTY_STAR, FontStyle.REGULAR, size, x, width);
        } else {
            centredRule(flow, x, width, PdfBlocks.widest(flow, name, size) * LayoutRules.BODY_RULE_SHARE);
        }
        flow.moveDown(6);
        line(flow, ReportWording.numberLine(report), FontStyle.REGULAR, LayoutRules.NUMBER_SIZE, x, width);
        return flow.y();
    }

    private static float right(PdfFlow flow, ConsolidatedReport report, float x, float width) throws IOException {
        PlanLayout layout = report.layout();
        if (layout == PlanLayout.PARTY) {
            float size = LayoutRules.nationalTitleSize(layout);
            List<Line> title = line(flow, ReportWording.PARTY_TITLE, FontStyle.BOLD, size, x, width);
            centredRule(flow, x, width, PdfBlocks.widest(flow, title, size));
            flow.moveDown(18);
        } else {
            line(flow, ReportWording.STATE_MOTTO_TITLE, FontStyle.BOLD, LayoutRules.nationalTitleSize(layout), x, width);
            List<Line> motto = line(flow, ReportWording.STATE_MOTTO, FontStyle.BOLD, LayoutRules.mottoSize(), x, width);
            centredRule(flow, x, width, PdfBlocks.widest(flow, motto, LayoutRules.mottoSize()));
            flow.moveDown(6);
        }
        line(flow, ReportWording.dateLine(report.date()), FontStyle.ITALIC, LayoutRules.DATE_SIZE, x, width);
        return flow.y();
    }

    /** Type of document, trích yếu and the short rule under it. */
    static void title(PdfFlow flow, ConsolidatedReport report) throws IOException {
        flow.moveDown(18);
        float size = LayoutRules.TITLE_SIZE;
        PdfBlocks.centred(flow, ReportWording.documentType(), FontStyle.BOLD, size);
        List<Line> subject = new java.util.ArrayList<>();
        for (String line : SubjectLines.of(SafeText.line(report.subject()), flow.textWidth(), size)) {
            subject.addAll(PdfBlocks.write(flow, List.of(new Span(line, FontStyle.BOLD)), size, Align.CENTER,
                    flow.left(), flow.textWidth(), 0));
        }
        float ruleWidth = Math.max(LayoutRules.mmToPoints(20), PdfBlocks.widest(flow, subject, size) / 3);
        centredRule(flow, flow.left(), flow.textWidth(), ruleWidth);
        flow.moveDown(LayoutRules.BODY_SIZE);
    }

    private static List<Line> line(PdfFlow flow, String text, FontStyle style, float size, float x, float width)
            throws IOException {
        return PdfBlocks.write(flow, List.of(new Span(text, style)), size, Align.CENTER, x, width, 0);
    }

    private static void centredRule(PdfFlow flow, float x, float width, float length) throws IOException {
        float start = x + (width - length) / 2;
        // below the dot of "ạ", "ị" (Vietnamese marks under the line), not through it
        flow.rule(start, start + length, flow.y() - 2.5f * RULE_GAP);
        flow.moveDown(4 * RULE_GAP);
    }
}
