package vn.trienkhai.notification;

import java.util.List;

/** A mail ready for the outbox: subject, HTML and plain text, and files to attach (only when sent). */
record RenderedMail(String subject, String html, String text, List<MailAttachment> attachments) {

    RenderedMail {
        attachments = List.copyOf(attachments);
    }

    RenderedMail(String subject, String html, String text) {
        this(subject, html, text, List.of());
    }
}
