package vn.trienkhai.reporting.store;

import java.time.Instant;

/** A stored report document without its files: what lists, links and permission checks need. */
public record StoredReport(long id, long planId, String planNumber, String planSummary, long rolloutId, long roundId,
                           String periodLabel, String processInstanceId, ReportVersion version, int docxSize,
                           int pdfSize, boolean pdfFromDraft, Instant createdAt, String createdBy) {
}
