package vn.trienkhai.reporting.document;

import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes WordprocessingML paragraphs and ruled tables straight to a stream, one element after the other, so that
 * the parts of the report that grow with the number of units (the body's tables and lists, the appendix) never
 * exist as a document tree. Formatting matches the rest of the report: body paragraphs justified with a first-line
 * indent, tables with a repeated header row and rows that do not split. Text is escaped by the XML writer.
 */
final class DocxStream {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    private static final int CELL_MARGIN_TWIPS = 57;
    private static final String[] BORDERS = {"top", "left", "bottom", "right", "insideH", "insideV"};

    private final XMLStreamWriter xml;

    DocxStream(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /** A bold body line kept with what follows, e.g. "II. SỐ LIỆU TỔNG HỢP". */
    void heading(String text) throws XMLStreamException {
        start("p");
        bodyProperties(true);
        run(text, LayoutRules.BODY_SIZE, true);
        end();
    }

    void paragraphs(List<Paragraph> paragraphs) throws XMLStreamException {
        for (Paragraph paragraph : paragraphs) {
            paragraph(paragraph);
        }
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
        start("p");
        bodyProperties(false);
        if (!paragraph.lead().isEmpty()) {
            run(paragraph.lead(), LayoutRules.BODY_SIZE, true);
        }
        if (!paragraph.text().isEmpty()) {
            run(paragraph.text(), LayoutRules.BODY_SIZE, false);
        }
        end();
    }

    /** An empty line of paragraph spacing after a table. */
    void spacer() throws XMLStreamException {
        start("p");
        start("pPr");
        spacing(0, Math.round(LayoutRules.PARAGRAPH_SPACING_PT * 20));
        end();
        end();
    }

    /** A ruled table over the given text width, its header repeated on every page, its rows written as they come. */
    void table(ReportTable spec, float textWidthMm) throws XMLStreamException {
        int[] widths = twips(DocxTables.scale(spec.widths(), textWidthMm));
        start("tbl");
        tableProperties(widths);
        start("tblGrid");
        for (int width : widths) {
            empty("gridCol", "w", Integer.toString(width));
        }
        end();
        row(spec, widths, spec.header(), true);
        try (Stream<List<String>> rows = spec.rows().get()) {
            Iterator<List<String>> each = rows.iterator();
            while (each.hasNext()) {
                row(spec, widths, each.next(), false);
            }
        }
        end();
    }

    private void tableProperties(int[] widths) throws XMLStreamException {
        start("tblPr");
        width("tblW", sum(widths));
        start("tblBorders");
        for (String side : BORDERS) {
            xml.writeEmptyElement("w", side, W);
            attribute("val", "single");
            attribute("sz", "4");
            attribute("space", "0");
            attribute("color", "000000");
        }
        end();
        empty("tblLayout", "type", "fixed");
        start("tblCellMar");
        width("left", CELL_MARGIN_TWIPS);
        width("right", CELL_MARGIN_TWIPS);
        end();
        end();
    }

    private void row(ReportTable spec, int[] widths, List<String> cells, boolean header) throws XMLStreamException {
        start("tr");
        start("trPr");
        empty("cantSplit", "val", "on");
        if (header) {
            empty("tblHeader", "val", "on");
        }
        end();
        for (int column = 0; column < spec.columns(); column++) {
            start("tc");
            start("tcPr");
            width("tcW", widths[column]);
            empty("vAlign", "val", "center");
            end();
            start("p");
            start("pPr");
            spacing(0, 0);
            empty("jc", "val", alignment(spec, column, header));
            end();
            run(column < cells.size() ? cells.get(column) : "", spec.fontSize(), header);
            end();
            end();
        }
        end();
    }

    private static String alignment(ReportTable spec, int column, boolean header) {
        if (header || column == 0) {
            return "center";
        }
        return spec.numeric()[column] ? "right" : "left";
    }

    private void bodyProperties(boolean keepNext) throws XMLStreamException {
        start("pPr");
        if (keepNext) {
            empty("keepNext", "val", "on");
        }
        spacing(0, Math.round(LayoutRules.PARAGRAPH_SPACING_PT * 20));
        empty("ind", "firstLine", Integer.toString(LayoutRules.mmToTwips(LayoutRules.FIRST_LINE_INDENT_MM)));
        empty("jc", "val", "both");
        end();
    }

    /** A run of cleaned text; its newlines become line breaks. */
    private void run(String text, float size, boolean bold) throws XMLStreamException {
        start("r");
        start("rPr");
        if (bold) {
            empty("b", "val", "on");
        }
        String halfPoints = Long.toString(Math.round(size * 2));
        empty("sz", "val", halfPoints);
        empty("szCs", "val", halfPoints);
        end();
        List<String> lines = SafeText.lines(text);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                xml.writeEmptyElement("w", "br", W);
            }
            start("t");
            xml.writeAttribute("xml", XML, "space", "preserve");
            xml.writeCharacters(lines.get(i));
            end();
        }
        end();
    }

    private void spacing(int before, int after) throws XMLStreamException {
        xml.writeEmptyElement("w", "spacing", W);
        attribute("before", Integer.toString(before));
        attribute("after", Integer.toString(after));
    }

    private void width(String element, int twips) throws XMLStreamException {
        xml.writeEmptyElement("w", element, W);
        attribute("w", Integer.toString(twips));
        attribute("type", "dxa");
    }

    private void start(String element) throws XMLStreamException {
        xml.writeStartElement("w", element, W);
    }

    private void end() throws XMLStreamException {
        xml.writeEndElement();
    }

    private void empty(String element, String attribute, String value) throws XMLStreamException {
        xml.writeEmptyElement("w", element, W);
        attribute(attribute, value);
    }

    private void attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute("w", W, name, value);
    }

    private static int[] twips(float[] widthsMm) {
        int[] twips = new int[widthsMm.length];
        for (int i = 0; i < widthsMm.length; i++) {
            twips[i] = LayoutRules.mmToTwips(widthsMm[i]);
        }
        return twips;
    }

    private static int sum(int[] values) {
        int sum = 0;
        for (int value : values) {
            sum += value;
        }
        return sum;
    }
}
