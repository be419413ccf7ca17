package vn.trienkhai.notification;

/** A file attached to a mail when it is sent; its name may be Vietnamese (sent per RFC 2231). */
public record MailAttachment(String fileName, String contentType, byte[] content) {
}
