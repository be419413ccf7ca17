package vn.trienkhai.reporting.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.trienkhai.reporting.document.PdfFlow.Align;
import vn.trienkhai.reporting.document.PdfLines.Line;
import vn.trienkhai.reporting.document.PdfLines.Span;

/** Paragraphs in the PDF: wrapped, aligned, broken across pages line by line. */
final class PdfBlocks {

    private PdfBlocks() {
    }

    /** A body paragraph: justified, first line indented, 6 pt after. */
    static void body(PdfFlow flow, Paragraph paragraph, float size) throws IOException {
        List<Span> spans = new ArrayList<>();
        if (!paragraph.lead().isEmpty()) {
            spans.add(new Span(paragraph.lead(), FontStyle.BOLD));
        }
        if (!paragraph.text().isEmpty()) {
            spans.add(new Span(paragraph.text(), FontStyle.REGULAR));
        }
        float indent = LayoutRules.mmToPoints(LayoutRules.FIRST_LINE_INDENT_MM);
        write(flow, spans, size, Align.JUSTIFY, flow.left(), flow.textWidth(), indent);
        flow.moveDown(LayoutRules.PARAGRAPH_SPACING_PT);
    }

    /** The height {@link #body} takes for the paragraph, its spacing after included. */
    static float height(PdfFlow flow, Paragraph paragraph, float size) {
        List<Span> spans = new ArrayList<>();
        if (!paragraph.lead().isEmpty()) {
            spans.add(new Span(paragraph.lead(), FontStyle.BOLD));
        }
        if (!paragraph.text().isEmpty()) {
            spans.add(new Span(paragraph.text(), FontStyle.REGULAR));
        }
        float indent = LayoutRules.mmToPoints(LayoutRules.FIRST_LINE_INDENT_MM);
        int lines = new PdfLines(flow.fonts(), size).wrap(spans, flow.textWidth() - indent, flow.textWidth()).size();
        return lines * size * PdfFlow.LEADING + LayoutRules.PARAGRAPH_SPACING_PT;
    }

    static void heading(PdfFlow flow, String text, float size) throws IOException {
        flow.ensure(size * PdfFlow.LEADING * 3);
        body(flow, Paragraph.lead(text), size);
    }

    /** Centred text across the text width. */
    static void centred(PdfFlow flow, String text, FontStyle style, float size) throws IOException {
        write(flow, List.of(new Span(text, style)), size, Align.CENTER, flow.left(), flow.textWidth(), 0);
    }

    /**
     * Writes spans in the box [x, x + width] from the cursor down, starting a new page when a line does not fit.
     *
     * @return the lines written, so that a caller can draw a rule under them
     */
    static List<Line> write(PdfFlow flow, List<Span> spans, float size, Align align, float x, float width,
                            float firstIndent) throws IOException {
        List<Line> lines = new PdfLines(flow.fonts(), size).wrap(spans, width - firstIndent, width);
        float leading = size * PdfFlow.LEADING;
        boolean first = true;
        for (Line line : lines) {
            flow.ensure(leading);
            flow.moveDown(size);
            float indent = first ? firstIndent : 0;
            flow.drawLine(line, x + indent, width - indent, align, size);
            flow.moveDown(leading - size);
            first = false;
        }
        return lines;
    }

    /** The widest of the lines, spaces included. */
    static float widest(PdfFlow flow, List<Line> lines, float size) {
        float space = new PdfLines(flow.fonts(), size).spaceWidth();
        float widest = 0;
        for (Line line : lines) {
            widest = Math.max(widest, line.wordsWidth() + space * Math.max(0, line.words().size() - 1));
        }
        return widest;
    }
}
