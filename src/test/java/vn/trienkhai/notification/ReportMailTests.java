package vn.trienkhai.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.trienkhai.reporting.ReportDispatch;
import vn.trienkhai.reporting.ReportMail;

/** The approved report's mail: one outbox row per round, rendered and given the FINAL's files when it is sent. */
class ReportMailTests extends NotificationIntegrationTest {

    @Autowired
    ReportDispatch reportDispatch;

    @Autowired
    NotificationOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    NotificationProperties properties;

    @Test
    void theApprovedReportIsMailedOnceToEachRecipientWithItsDocxAndPdf() throws Exception {
        long roundId = demoRoundWithFinal();
        ReportMail mail = sendStep(roundId);
        sendStep(roundId);

        OutboxMessage row = outbox.find("report-round-" + roundId).orElseThrow();
        assertThat(row.kind()).isEqualTo("REPORT");
        assertThat(row.subject()).isNull();
        assertThat(row.reportDocumentId()).isEqualTo(mail.reportDocumentId());
        assertThat(outboxKeys()).containsExactly("report-round-" + roundId);
        assertThat(dispatch()).isEqualTo(1);
        assertThat(dispatch()).isZero();

        List<String> addresses = mail.recipients().stream().map(ReportMail.Recipient::email).toList();
        assertThat(addresses).as("the report's recipients the tree knows, then the văn thư who dispatches it")
                .containsExactly("hp-tu@haiphong.example", "hp-ubnd@haiphong.example", "hp-du-aq@haiphong.example",
                        "aq-vp@haiphong.example");
        assertThat(MAIL.getReceivedMessages()).hasSize(addresses.size());
        for (String address : addresses) {
            assertThat(mailsTo(address)).hasSize(1);
        }
        MimeMessage received = mailsTo(addresses.get(0)).get(0);
        assertThat(received.getSubject()).startsWith("[Báo cáo] Kết quả thực hiện Kế hoạch").endsWith("quý III/2026");
        assertThat(received.getHeader("Subject")[0]).doesNotContain("Báo cáo");

        List<Part> files = attachments(received);
        assertThat(files).extracting(Part::getFileName)
                .containsExactly("Báo cáo tổng hợp Quý III-2026.docx", "Báo cáo tổng hợp Quý III-2026.pdf");
        assertThat(files.get(0).getHeader("Content-Disposition")[0]).contains("filename*=UTF-8''B%C3%A1o");
        try (InputStream in = files.get(0).getInputStream(); XWPFDocument docx = new XWPFDocument(in);
             XWPFWordExtractor words = new XWPFWordExtractor(docx)) {
            assertThat(words.getText()).contains("BÁO CÁO", "Nơi nhận");
        }
        try (InputStream in = files.get(1).getInputStream();
             PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("BÁO CÁO", "Nơi nhận");
        }
        String text = bodyText(received, "text/plain");
        assertThat(text).contains("Nơi nhận:", "Tệp đính kèm:", "- Ban Thường vụ Thành ủy Hải Phòng (để báo cáo)",
                "Bản chính do Văn thư Văn phòng HĐND và UBND phường vào sổ, ghi số, ngày và phát hành")
                .doesNotContain("để chỉ đạo");
        assertThat(bodyText(received, "text/html")).contains("<li>");
    }

    @Test
    void aReportWhoseDocumentIsGoneIsNotSentButRetriedThenParked() {
        transactions.executeWithoutResult(status -> outbox.enqueueReport("report-round-missing",
                List.of("aq-ubnd@haiphong.example"), Long.MAX_VALUE, Instant.now()));
        Instant now = Instant.now();

        assertThat(dispatcher.dispatch(now)).isZero();
        OutboxMessage failed = outbox.find("report-round-missing").orElseThrow();
        assertThat(failed.status()).isEqualTo("PENDING");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("is missing");
        assertThat(dispatcher.dispatch(now)).as("backing off").isZero();
        assertThat(outbox.find("report-round-missing").orElseThrow().attempts()).isEqualTo(1);

        for (int attempt = 1; attempt < properties.dispatch().maxAttempts(); attempt++) {
            dispatcher.dispatch(now.plus(Duration.ofDays(attempt)));
        }
        OutboxMessage parked = outbox.find("report-round-missing").orElseThrow();
        assertThat(parked.status()).isEqualTo("PARKED");
        assertThat(parked.attempts()).isEqualTo(properties.dispatch().maxAttempts());
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    private ReportMail sendStep(long roundId) {
        return transactions.execute(status -> reportDispatch.send(roundId, Instant.now()));
    }

    private long demoRoundWithFinal() {
        return jdbc.queryForObject("select d.round_id from report_document d join reporting_round r on r.id = d.round_id "
                + "where d.version = 'FINAL' and r.period_label = 'Quý III/2026' order by d.id limit 1", Long.class);
    }

    private static List<Part> attachments(MimeMessage message) throws Exception {
        Multipart mixed = (Multipart) message.getContent();
        List<Part> files = new ArrayList<>();
        for (int i = 0; i < mixed.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(mixed.getBodyPart(i).getDisposition())) {
                files.add(mixed.getBodyPart(i));
            }
        }
        return files;
    }

    private static String bodyText(MimeMessage message, String type) throws Exception {
        Multipart alternative = (Multipart) ((Multipart) message.getContent()).getBodyPart(0).getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            if (alternative.getBodyPart(i).isMimeType(type)) {
                return (String) alternative.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }
}
