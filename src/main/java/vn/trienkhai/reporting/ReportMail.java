package vn.trienkhai.reporting;

import java.util.List;

/**
 * The approved report's mail as the sending step decides it: to whom, and which stored FINAL. Its
 * subject, body and files are composed once, when the outbox sends it, from the stored document
 * ({@link StoredReportMailSource}), so a retry or a resend reads the same. {@code idempotencyKey} is
 * the same for every attempt of one round ({@code report-round-<roundId>}), so a retried sending job
 * enqueues it once.
 *
 * @param recipients       e-mail addresses, deduplicated, in order
 * @param copyTo           the report's nơi nhận lines, free text, listed in the body
 * @param reportDocumentId the stored FINAL ({@code report_document.id}) whose DOCX and PDF are attached
 */
public record ReportMail(String idempotencyKey, long roundId, long planId, long reportDocumentId,
                         List<Recipient> recipients, List<String> copyTo) {

    public ReportMail {
        recipients = List.copyOf(recipients);
        copyTo = List.copyOf(copyTo);
    }

    /** An addressee: the unit or person's name and e-mail address. */
    public record Recipient(String name, String email) {
    }
}
