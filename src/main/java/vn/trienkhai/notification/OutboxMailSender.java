package vn.trienkhai.notification;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.javamail.JavaMailSender;

/** Turns an outbox row into a multipart/alternative UTF-8 message (plain text first, then HTML). */
final class OutboxMailSender {

    static final String KEY_HEADER = "X-Trienkhai-Key";

    private final JavaMailSender sender;
    private final String from;

    OutboxMailSender(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    void send(OutboxMessage message, RenderedMail mail) throws MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        mime.setFrom(new InternetAddress(from, true));
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", message.recipients()), true));
        mime.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        mime.setHeader(KEY_HEADER, message.idempotencyKey());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        mime.setContent(alternative);
        sender.send(mime);
    }
}
