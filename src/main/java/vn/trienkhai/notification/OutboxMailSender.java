package vn.trienkhai.notification;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Turns an outbox row into a UTF-8 message: multipart/alternative (plain text first, then HTML), inside a
 * multipart/mixed with the files when there are attachments. File names are RFC 2231 parameters in UTF-8.
 */
final class OutboxMailSender {

    static final String KEY_HEADER = "X-Trienkhai-Key";
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final JavaMailSender sender;
    private final String from;

    OutboxMailSender(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    /**
     * Sends one mail for {@code rows} (one row, or a recipient's task notices grouped): every row's idempotency key
     * goes into a header of its own, the first row's first, so each row can be traced to the mail that carried it.
     */
    void send(List<OutboxMessage> rows, RenderedMail mail) throws MessagingException {
        OutboxMessage message = rows.get(0);
        MimeMessage mime = sender.createMimeMessage();
        mime.setFrom(new InternetAddress(from, true));
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", message.recipients()), true));
        mime.setSubject(mail.subject(), UTF_8);
        for (OutboxMessage row : rows) {
            mime.addHeader(KEY_HEADER, row.idempotencyKey());
        }
        MimeMultipart alternative = alternative(mail);
        if (mail.attachments().isEmpty()) {
            mime.setContent(alternative);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            for (MailAttachment attachment : mail.attachments()) {
                mixed.addBodyPart(attachment(attachment));
            }
            mime.setContent(mixed);
        }
        sender.send(mime);
    }

    private static MimeMultipart alternative(RenderedMail mail) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), UTF_8);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), UTF_8, "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        return alternative;
    }

    private static MimeBodyPart attachment(MailAttachment attachment) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        ContentType type = new ContentType(attachment.contentType());
        ParameterList name = new ParameterList();
        name.set("name", attachment.fileName(), UTF_8);
        part.setHeader("Content-Type", new ContentType(type.getPrimaryType(), type.getSubType(), name).toString());
        ParameterList parameters = new ParameterList();
        parameters.set("filename", attachment.fileName(), UTF_8);
        part.setHeader("Content-Disposition", new ContentDisposition(Part.ATTACHMENT, parameters).toString());
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }
}
