package vn.trienkhai.reporting.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.trienkhai.plan.PlanLayout;
import vn.trienkhai.reporting.document.PdfFlow.Align;
import vn.trienkhai.reporting.document.PdfLines.Line;
import vn.trienkhai.reporting.document.PdfLines.Span;

/** Nơi nhận on the left and the signature block on the right, kept together on one page. */
final class PdfSignature {

    private static final int SIGNING_SPACE_LINES = 4;

    private PdfSignature() {
    }

    static void write(PdfFlow flow, ConsolidatedReport report) throws IOException {
        float half = flow.textWidth() * DocxSignature.RECIPIENTS_SHARE;
        float recipientsHeight = (report.recipients().size() + 2) * LayoutRules.RECIPIENTS_SIZE * PdfFlow.LEADING;
        float signatureHeight = (SIGNING_SPACE_LINES + 5) * LayoutRules.BODY_SIZE * PdfFlow.LEADING;
        flow.moveDown(LayoutRules.PARAGRAPH_SPACING_PT);
        flow.ensure(Math.max(recipientsHeight, signatureHeight));
        float top = flow.y();
        float recipientsBottom = recipients(flow, report, half);
        flow.moveDown(flow.y() - top);
        float signatureBottom = signature(flow, report.signature(), flow.left() + half, flow.textWidth() - half);
        flow.moveDown(flow.y() - Math.min(recipientsBottom, signatureBottom));
    }

    private static float recipients(PdfFlow flow, ConsolidatedReport report, float width) throws IOException {
        PlanLayout layout = report.layout();
        float size = LayoutRules.recipientsTitleSize(layout);
        FontStyle style = layout == PlanLayout.PARTY ? FontStyle.REGULAR : FontStyle.BOLD_ITALIC;
        List<Line> title = line(flow, ReportWording.RECIPIENTS, style, size, flow.left(), width, Align.LEFT);
        if (layout == PlanLayout.PARTY) {
            flow.rule(flow.left(), flow.left() + PdfBlocks.widest(flow, title, size), flow.y() + 1);
        }
        for (String recipient : ReportWording.recipientLines(report.recipients(), layout)) {
            line(flow, recipient, FontStyle.REGULAR, LayoutRules.RECIPIENTS_SIZE,
                    flow.left(), width, Align.LEFT);
        }
        return flow.y();
    }

    private static float signature(PdfFlow flow, Signature signature, float x, float width) throws IOException {
        float size = LayoutRules.BODY_SIZE;
        if (signature.hasCollective()) {
            line(flow, ReportWording.upper(signature.collective()), FontStyle.BOLD, size, x, width, Align.CENTER);
        }
        line(flow, ReportWording.upper(signature.authority()), FontStyle.BOLD, size, x, width, Align.CENTER);
        line(flow, ReportWording.upper(signature.title()), FontStyle.BOLD, size, x, width, Align.CENTER);
        flow.moveDown(SIGNING_SPACE_LINES * size * PdfFlow.LEADING);
        line(flow, SafeText.line(signature.name()), FontStyle.BOLD, size, x, width, Align.CENTER);
        return flow.y();
    }

    private static List<Line> line(PdfFlow flow, String text, FontStyle style, float size, float x, float width,
                                   Align align) throws IOException {
        List<Span> spans = new ArrayList<>();
        spans.add(new Span(text, style));
        return PdfBlocks.write(flow, spans, size, align, x, width, 0);
    }
}
