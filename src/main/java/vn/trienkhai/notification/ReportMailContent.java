package vn.trienkhai.notification;

import java.util.List;

/**
 * The facts of an approved report's mail, read when it is sent. Every text may hold what users typed (the plan's
 * summary, the nơi nhận lines): the templates escape it, the subject is kept on one line.
 *
 * @param subject      the report's trích yếu
 * @param issuingUnit  the unit that sends the report
 * @param planSummary  the plan's summary (user text)
 * @param periodLabel  e.g. "Quý III/2026"
 * @param copyTo       the report's nơi nhận lines, free text
 * @param dispatcher   who registers and dispatches the report, e.g. "Văn thư Văn phòng HĐND và UBND phường"
 * @param pdfFromDraft the PDF was made from the draft (an uploaded final DOCX)
 * @param attachments  the FINAL's DOCX and PDF
 */
public record ReportMailContent(String subject, String issuingUnit, String planSummary, String periodLabel,
                                List<String> copyTo, String dispatcher, boolean pdfFromDraft, List<MailAttachment> attachments) {

    public ReportMailContent {
        copyTo = List.copyOf(copyTo);
        attachments = List.copyOf(attachments);
    }
}
