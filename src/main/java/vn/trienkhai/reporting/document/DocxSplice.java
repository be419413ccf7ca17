package vn.trienkhai.reporting.document;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A small DOCX written by POI (the frame: header, title, signature, page set-up) with marked places, the slots,
 * where content written by {@link DocxStream} goes. The frame is copied part by part into the output; its
 * {@code word/document.xml} is cut at each slot's marker paragraph and the slot's content is streamed in between.
 * This is what POI's SXSSF does for spreadsheets; Word has no streaming writer of its own.
 */
final class DocxSplice {

    private static final String DOCUMENT_PART = "word/document.xml";
    private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();

    private final String nonce = UUID.randomUUID().toString();
    private final Map<String, SlotContent> slots = new LinkedHashMap<>();

    /** Content streamed into a slot: paragraphs and tables, as many as it likes. */
    @FunctionalInterface
    interface SlotContent {
        void write(DocxStream out) throws XMLStreamException;
    }

    /** Adds a marker paragraph at the end of the frame; the content replaces it in the output. */
    void slot(XWPFDocument frame, SlotContent content) {
        String marker = "trienkhai-slot-" + slots.size() + "-" + nonce;
        frame.createParagraph().createRun().setText(marker);
        slots.put(marker, content);
    }

    /** Writes the frame with every slot filled. */
    void write(XWPFDocument frame, OutputStream out) throws IOException {
        ByteArrayOutputStream framed = new ByteArrayOutputStream();
        frame.write(framed);
        ZipOutputStream zip = new ZipOutputStream(out);
        try (ZipInputStream parts = new ZipInputStream(new ByteArrayInputStream(framed.toByteArray()))) {
            for (ZipEntry part = parts.getNextEntry(); part != null; part = parts.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(part.getName()));
                if (DOCUMENT_PART.equals(part.getName())) {
                    fill(new String(parts.readAllBytes(), StandardCharsets.UTF_8), zip);
                } else {
                    parts.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    private void fill(String document, OutputStream part) throws IOException {
        Writer text = new BufferedWriter(new OutputStreamWriter(new KeepOpen(part), StandardCharsets.UTF_8), 1 << 16);
        int from = 0;
        for (Map.Entry<String, SlotContent> slot : slots.entrySet()) {
            int marker = document.indexOf(slot.getKey(), from);
            if (marker < 0) {
                throw new IllegalStateException("The DOCX frame lost the marker of slot " + slot.getKey());
            }
            int start = Math.max(document.lastIndexOf("<w:p>", marker), document.lastIndexOf("<w:p ", marker));
            int end = document.indexOf("</w:p>", marker) + "</w:p>".length();
            text.write(document, from, start - from);
            text.flush();
            stream(slot.getValue(), text);
            from = end;
        }
        text.write(document, from, document.length() - from);
        text.flush();
    }

    private static void stream(SlotContent content, Writer text) throws IOException {
        try {
            XMLStreamWriter xml = XML_OUTPUT.createXMLStreamWriter(text);
            content.write(new DocxStream(xml));
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the report's content as WordprocessingML", e);
        }
    }

    /** Lets the writers on top close without closing the zip entry under them. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
