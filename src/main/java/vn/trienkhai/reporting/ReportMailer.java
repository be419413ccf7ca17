package vn.trienkhai.reporting;

/**
 * Hands an approved report's mail to whoever delivers it. Called inside the sending job's transaction: an
 * implementation that writes to the notification outbox keeps the mail and the round's SENT status together.
 */
public interface ReportMailer {

    void send(ReportMail mail);
}
