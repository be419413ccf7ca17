package vn.trienkhai.reporting.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import vn.trienkhai.reporting.document.PdfFlow.Align;
import vn.trienkhai.reporting.document.PdfLines.Line;
import vn.trienkhai.reporting.document.PdfLines.Span;

/** A ruled table in the PDF, drawn row by row; the header row is repeated at the top of each page. */
final class PdfTable {

    private static final float PADDING = 3;

    private final PdfFlow flow;
    private final ReportTable spec;
    private final float[] widths;
    private final PdfLines lines;

    PdfTable(PdfFlow flow, ReportTable spec) {
        this.flow = flow;
        this.spec = spec;
        this.widths = DocxTables.scale(spec.widths(), flow.textWidth());
        this.lines = new PdfLines(flow.fonts(), spec.fontSize());
    }

    /** The height the table needs on the page where it starts: its header and about one row. */
    /** The header row and the first row, which must start on the same page. */
    float openingHeight() {
        try (Stream<List<String>> rows = spec.rows().get()) {
            return opening(wrap(spec.header(), true), rows.findFirst().map(row -> wrap(row, false)).orElse(null));
        }
    }

    void write() throws IOException {
        List<List<Line>> header = wrap(spec.header(), true);
        try (Stream<List<String>> rows = spec.rows().get()) {
            Iterator<List<String>> each = rows.iterator();
            List<List<Line>> row = each.hasNext() ? wrap(each.next(), false) : null;
            flow.ensure(opening(header, row));
            draw(header, true);
            while (row != null) {
                if (flow.ensure(height(row))) {
                    draw(header, true);
                }
                draw(row, false);
                row = each.hasNext() ? wrap(each.next(), false) : null;
            }
        }
    }

    private float opening(List<List<Line>> header, List<List<Line>> firstRow) {
        return height(header) + (firstRow == null ? height(header) : height(firstRow));
    }

    private List<List<Line>> wrap(List<String> cells, boolean header) {
        FontStyle style = header ? FontStyle.BOLD : FontStyle.REGULAR;
        List<List<Line>> wrapped = new ArrayList<>(widths.length);
        for (int column = 0; column < widths.length; column++) {
            String text = column < cells.size() ? cells.get(column) : "";
            float inner = widths[column] - 2 * PADDING;
            wrapped.add(lines.wrap(List.of(new Span(text, style)), inner, inner));
        }
        return wrapped;
    }

    private float height(List<List<Line>> row) {
        int most = 1;
        for (List<Line> cell : row) {
            most = Math.max(most, cell.size());
        }
        return most * spec.fontSize() * PdfFlow.LEADING + 2 * PADDING;
    }

    private void draw(List<List<Line>> row, boolean header) throws IOException {
        float top = flow.y();
        float height = height(row);
        float x = flow.left();
        for (int column = 0; column < widths.length; column++) {
            List<Line> cell = row.get(column);
            float textHeight = cell.size() * spec.fontSize() * PdfFlow.LEADING;
            flow.moveDown(flow.y() - top + (height - textHeight) / 2);
            for (Line line : cell) {
                flow.moveDown(spec.fontSize());
                flow.drawLine(line, x + PADDING, widths[column] - 2 * PADDING, align(column, header), spec.fontSize());
                flow.moveDown(spec.fontSize() * (PdfFlow.LEADING - 1));
            }
            flow.content().setLineWidth(0.5f);
            flow.content().addRect(x, top - height, widths[column], height);
            flow.content().stroke();
            x += widths[column];
        }
        flow.moveDown(flow.y() - (top - height));
    }

    private Align align(int column, boolean header) {
        if (header || column == 0) {
            return Align.CENTER;
        }
        return spec.numeric()[column] ? Align.RIGHT : Align.LEFT;
    }
}
