package vn.trienkhai.reporting.document;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes WordprocessingML paragraphs and ruled tables straight to a stream, one element after the other, so that
 * the parts of the report that grow with the number of units (the body's tables and lists, the appendix) never
 * exist as a document tree. Formatting matches the rest of the report: body paragraphs justified with a first-line
 * indent, tables with a repeated header row kept with the first row and rows that do not split. Text is escaped by
 * the XML writer.
 */
final class DocxStream {

    private static final int CELL_MARGIN_TWIPS = 57;
    private static final String[] BORDERS = {"top", "left", "bottom", "right", "insideH", "insideV"};

    private final WordXml xml;

    DocxStream(XMLStreamWriter xml) {
        this.xml = new WordXml(xml);
    }

    /** A bold body line kept with what follows, e.g. "II. SỐ LIỆU TỔNG HỢP". */
    void heading(String text) throws XMLStreamException {
        xml.start("p");
        bodyProperties(true);
        xml.run(text, LayoutRules.BODY_SIZE, true);
        xml.end();
    }

    void paragraphs(List<Paragraph> paragraphs) throws XMLStreamException {
        paragraphs(paragraphs.stream());
    }

    /** Paragraphs as they come, e.g. the units' texts read from the database; closes the stream. */
    void paragraphs(Stream<Paragraph> paragraphs) throws XMLStreamException {
        try (paragraphs) {
            Iterator<Paragraph> each = paragraphs.iterator();
            while (each.hasNext()) {
                paragraph(each.next());
            }
        }
    }

    void paragraph(Paragraph paragraph) throws XMLStreamException {
        paragraph(paragraph, false);
    }

    /** A body paragraph; kept on the page of what follows when {@code keepNext}, e.g. a table's introduction. */
    void paragraph(Paragraph paragraph, boolean keepNext) throws XMLStreamException {
        xml.start("p");
        bodyProperties(keepNext);
        if (!paragraph.lead().isEmpty()) {
            xml.run(paragraph.lead(), LayoutRules.BODY_SIZE, true);
        }
        if (!paragraph.text().isEmpty()) {
            xml.run(paragraph.text(), LayoutRules.BODY_SIZE, false);
        }
        xml.end();
    }

    /** An empty line of paragraph spacing after a table. */
    void spacer() throws XMLStreamException {
        xml.start("p");
        xml.start("pPr");
        xml.spacing(0, Math.round(LayoutRules.PARAGRAPH_SPACING_PT * 20));
        xml.end();
        xml.end();
    }

    /** A ruled table over the given text width, its header repeated on every page, its rows written as they come. */
    void table(ReportTable spec, float textWidthMm) throws XMLStreamException {
        int[] widths = twips(DocxTables.scale(spec.widths(), textWidthMm));
        xml.start("tbl");
        tableProperties(widths);
        xml.start("tblGrid");
        for (int width : widths) {
            xml.empty("gridCol", "w", Integer.toString(width));
        }
        xml.end();
        row(spec, widths, spec.header(), true);
        try (Stream<List<String>> rows = spec.rows().get()) {
            Iterator<List<String>> each = rows.iterator();
            while (each.hasNext()) {
                row(spec, widths, each.next(), false);
            }
        }
        xml.end();
    }

    private void tableProperties(int[] widths) throws XMLStreamException {
        xml.start("tblPr");
        xml.width("tblW", Arrays.stream(widths).sum());
        xml.start("tblBorders");
        for (String side : BORDERS) {
            xml.empty(side, "val", "single", "sz", "4", "space", "0", "color", "000000");
        }
        xml.end();
        xml.empty("tblLayout", "type", "fixed");
        xml.start("tblCellMar");
        xml.width("left", CELL_MARGIN_TWIPS);
        xml.width("right", CELL_MARGIN_TWIPS);
        xml.end();
        xml.end();
    }

    private void row(ReportTable spec, int[] widths, List<String> cells, boolean header) throws XMLStreamException {
        xml.start("tr");
        xml.start("trPr");
        xml.empty("cantSplit", "val", "on");
        if (header) {
            xml.empty("tblHeader", "val", "on");
        }
        xml.end();
        for (int column = 0; column < spec.columns(); column++) {
            xml.start("tc");
            xml.start("tcPr");
            xml.width("tcW", widths[column]);
            xml.empty("vAlign", "val", "center");
            xml.end();
            xml.start("p");
            xml.start("pPr");
            if (header) {
                xml.empty("keepNext", "val", "on");
            }
            xml.spacing(0, 0);
            xml.empty("jc", "val", alignment(spec, column, header));
            xml.end();
            xml.run(column < cells.size() ? cells.get(column) : "", spec.fontSize(), header);
            xml.end();
            xml.end();
        }
        xml.end();
    }

    private static String alignment(ReportTable spec, int column, boolean header) {
        if (header || column == 0) {
            return "center";
        }
        return spec.numeric()[column] ? "right" : "left";
    }

    private void bodyProperties(boolean keepNext) throws XMLStreamException {
        xml.start("pPr");
        if (keepNext) {
            xml.empty("keepNext", "val", "on");
        }
        xml.spacing(0, Math.round(LayoutRules.PARAGRAPH_SPACING_PT * 20));
        xml.empty("ind", "firstLine", Integer.toString(LayoutRules.mmToTwips(LayoutRules.FIRST_LINE_INDENT_MM)));
        xml.empty("jc", "val", "both");
        xml.end();
    }

    private static int[] twips(float[] widthsMm) {
        int[] twips = new int[widthsMm.length];
        for (int i = 0; i < widthsMm.length; i++) {
            twips[i] = LayoutRules.mmToTwips(widthsMm[i]);
        }
        return twips;
    }
}
