package vn.trienkhai.reporting.store;

import vn.trienkhai.reporting.document.DocxReportWriter;
import vn.trienkhai.reporting.document.PdfReportWriter;

/** The two files a stored report has. */
public enum DocumentFormat {
    DOCX(DocxReportWriter.CONTENT_TYPE, "docx"),
    PDF(PdfReportWriter.CONTENT_TYPE, "pdf");

    private final String contentType;
    private final String extension;

    DocumentFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }
}
