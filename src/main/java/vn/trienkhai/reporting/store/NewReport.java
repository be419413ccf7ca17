package vn.trienkhai.reporting.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A report document to store: the round it belongs to (with its plan, rollout and process instance), its version,
 * both files, and who stored it when. {@code pdfFromDraft}: the PDF was generated from the draft, not from this DOCX.
 */
public record NewReport(long planId, long rolloutId, long roundId, String processInstanceId, ReportVersion version,
                        byte[] docx, byte[] pdf, boolean pdfFromDraft, String createdBy, Instant createdAt) {

    public NewReport {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(docx, "docx");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
