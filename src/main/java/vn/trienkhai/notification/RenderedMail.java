package vn.trienkhai.notification;

/** A mail ready for the outbox: subject, HTML and plain text. */
record RenderedMail(String subject, String html, String text) {
}
