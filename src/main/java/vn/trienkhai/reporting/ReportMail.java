package vn.trienkhai.reporting;

import java.util.List;

/**
 * The approved report as a mail to hand to the outbox. {@code idempotencyKey} is the same for every attempt of one
 * round ({@code report-round-<roundId>}), so a retried sending job enqueues it once. Subject and body are plain text
 * in Vietnamese and may hold text typed by users (the plan's summary): the outbox must encode them, never interpret
 * them (no CR/LF in headers, HTML-escape if sent as HTML).
 *
 * @param recipients  e-mail addresses, deduplicated, in order
 * @param copyTo      the plan's nơi nhận lines, free text, listed in the body
 * @param reportDocumentId the stored FINAL ({@code report_document.id}) the attachments come from
 * @param attachments the FINAL's DOCX and PDF
 */
public record ReportMail(String idempotencyKey, long roundId, long planId, long reportDocumentId, String subject,
                         String body,
                         List<Recipient> recipients, List<String> copyTo, List<Attachment> attachments) {

    public ReportMail {
        recipients = List.copyOf(recipients);
        copyTo = List.copyOf(copyTo);
        attachments = List.copyOf(attachments);
    }

    /** An addressee: the unit or person's name and e-mail address. */
    public record Recipient(String name, String email) {
    }

    /** A file attached to the mail. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
