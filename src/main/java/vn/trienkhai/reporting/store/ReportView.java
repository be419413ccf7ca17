package vn.trienkhai.reporting.store;

import java.time.Instant;

/** A report in {@code GET /api/reports}: what it is, where to download it. */
record ReportView(long id, long planId, String planNumber, String planSummary, long roundId, String roundLabel,
                  ReportVersion status, Instant createdAt, String createdBy, boolean pdfFromDraft, String docxUrl,
                  String pdfUrl) {

    static ReportView of(StoredReport report) {
        String base = "/api/reports/" + report.id();
        return new ReportView(report.id(), report.planId(), report.planNumber(), report.planSummary(),
                report.roundId(), report.periodLabel(), report.version(), report.createdAt(), report.createdBy(),
                report.pdfFromDraft(), base + "/docx", base + "/pdf");
    }
}
