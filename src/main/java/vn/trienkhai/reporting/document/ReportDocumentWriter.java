package vn.trienkhai.reporting.document;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a consolidated report as a document of one format. */
public interface ReportDocumentWriter {

    /** The media type of what {@link #write} produces. */
    String contentType();

    /** The file name extension, without the dot. */
    String extension();

    /** Writes the report to the stream; the stream is left open. */
    void write(ConsolidatedReport report, OutputStream out) throws IOException;
}
