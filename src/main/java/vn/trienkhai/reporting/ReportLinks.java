package vn.trienkhai.reporting;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.trienkhai.reporting.store.ReportStore;
import vn.trienkhai.reporting.store.ReportVersion;
import vn.trienkhai.reporting.store.StoredReport;

/**
 * The report documents a finalisation or approval form links to, as task variables: the ids of the round's DRAFT
 * and FINAL ({@code draftReportId}, {@code finalReportId}) and the download paths of each
 * ({@code draftDocxUrl}, {@code draftPdfUrl}, {@code finalDocxUrl}, {@code finalPdfUrl}); null when absent.
 */
@Component
class ReportLinks {

    private final ReportStore store;

    ReportLinks(ReportStore store) {
        this.store = store;
    }

    Map<String, Object> of(long roundId) {
        Map<String, Object> links = new HashMap<>();
        put(links, "draft", store.find(roundId, ReportVersion.DRAFT));
        put(links, "final", store.find(roundId, ReportVersion.FINAL));
        return links;
    }

    private static void put(Map<String, Object> links, String prefix, Optional<StoredReport> report) {
        links.put(prefix + "ReportId", report.map(StoredReport::id).orElse(null));
        links.put(prefix + "DocxUrl", report.map(r -> "/api/reports/" + r.id() + "/docx").orElse(null));
        links.put(prefix + "PdfUrl", report.map(r -> "/api/reports/" + r.id() + "/pdf").orElse(null));
    }
}
