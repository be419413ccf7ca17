package vn.trienkhai.reporting.document;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The WordprocessingML vocabulary {@link DocxStream} writes with: elements and attributes in the {@code w:}
 * namespace (declared by the frame's root element), spacing, widths and runs of text. The XML writer escapes text.
 */
final class WordXml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    private final XMLStreamWriter xml;

    WordXml(XMLStreamWriter xml) {
        this.xml = xml;
    }

    void start(String element) throws XMLStreamException {
        xml.writeStartElement("w", element, W);
    }

    void end() throws XMLStreamException {
        xml.writeEndElement();
    }

    /** An empty element, with attributes given as name, value, name, value… */
    void empty(String element, String... attributes) throws XMLStreamException {
        xml.writeEmptyElement("w", element, W);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            xml.writeAttribute("w", W, attributes[i], attributes[i + 1]);
        }
    }

    void spacing(int before, int after) throws XMLStreamException {
        empty("spacing", "before", Integer.toString(before), "after", Integer.toString(after));
    }

    /** A width in twentieths of a point ({@code dxa}). */
    void width(String element, int twips) throws XMLStreamException {
        empty(element, "w", Integer.toString(twips), "type", "dxa");
    }

    /** A run of cleaned text; its newlines become line breaks. */
    void run(String text, float size, boolean bold) throws XMLStreamException {
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
                empty("br");
            }
            start("t");
            xml.writeAttribute("xml", XML, "space", "preserve");
            xml.writeCharacters(lines.get(i));
            end();
        }
        end();
    }
}
