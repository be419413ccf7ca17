package vn.trienkhai.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailRendererTests {

    private final MailRenderer renderer = new MailRenderer();

    @Test
    void anOverdueNoticeIsVietnameseWithTheDueDateTheDaysAndTheLink() {
        RenderedMail mail = renderer.taskNotice(new TaskNotice(EscalationLevel.LEAD_OFFICE, "Kế hoạch 71-KH/ĐU",
                "Tổ dân phố số 1", "Báo cáo kết quả quý III", LocalDate.of(2026, 9, 30), 5,
                "http://localhost:8080/camunda/app/tasklist/default/#/?task=abc"));

        assertThat(mail.subject()).isEqualTo("[Quá hạn] Kế hoạch 71-KH/ĐU – Báo cáo kết quả quý III");
        assertThat(mail.text()).contains("Hạn: 30/09/2026", "Số ngày quá hạn: 5", "Đơn vị: Tổ dân phố số 1",
                "#/?task=abc");
        assertThat(mail.html()).contains("30/09/2026", "href=\"http://localhost:8080/camunda/app/tasklist/default/#/?task=abc\"");
        assertThat(Normalizer.isNormalized(mail.html() + mail.text() + mail.subject(), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void aHostileTaskNameIsEscapedInHtmlAndKeptOnOneSubjectLine() {
        RenderedMail mail = renderer.taskNotice(new TaskNotice(EscalationLevel.REMINDER, "Kế hoạch /KH-UBND",
                "Phòng <b>KT</b>", "<script>alert('x')</script>\r\nBcc: x@evil.example", LocalDate.of(2026, 1, 5), 0,
                "http://localhost/#/?task=1"));

        assertThat(mail.subject()).startsWith("[Nhắc việc] ").doesNotContain("\r", "\n");
        assertThat(mail.html()).doesNotContain("<script>", "<b>KT</b>").contains("&lt;script&gt;", "05/01/2026");
        assertThat(mail.text()).contains("sắp đến hạn").doesNotContain("quá hạn");
    }

    @Test
    void theDigestGroupsByPlanAndUnit() {
        DigestMail digest = new DigestMail(LocalDate.of(2026, 10, 2), List.of(new DigestMail.PlanSection("Kế hoạch A",
                List.of(new DigestMail.UnitSection("Tổ dân phố số 1", List.of(
                        new DigestMail.Item("Học tập", "30/09/2026", true, 2, "http://x/#/?task=1"),
                        new DigestMail.Item("Báo cáo", "05/10/2026", false, 0, "http://x/#/?task=2")))))));

        RenderedMail mail = renderer.digest(digest);

        assertThat(mail.subject()).isEqualTo("[Tổng hợp] 1 việc quá hạn, 1 việc sắp đến hạn – 02/10/2026");
        assertThat(mail.text()).contains("== Kế hoạch A ==", "Tổ dân phố số 1:", "Học tập – hạn 30/09/2026 (quá hạn 2 ngày)",
                "Báo cáo – hạn 05/10/2026 (sắp đến hạn)");
        assertThat(mail.html()).contains("(quá hạn 2 ngày)");
    }

    @Test
    void aReportMailEscapesAHostilePlanSummaryAndListsTheNoiNhanLines() {
        RenderedMail mail = renderer.report(new ReportMailContent(
                "Kết quả thực hiện Kế hoạch <b>x</b>\r\nBcc: x@evil.example quý III/2026", "UBND phường Ái Quốc",
                "<script>alert('x')</script> & \"trật tự\"", "Quý III/2026",
                List.of("Thường trực Đảng ủy phường (để báo cáo);", "<img src=x onerror=alert(1)>"), true,
                List.of(new MailAttachment("Báo cáo.docx", "application/octet-stream", new byte[] {1}),
                        new MailAttachment("Báo cáo.pdf", "application/pdf", new byte[] {2}))));

        assertThat(mail.subject()).startsWith("[Báo cáo] Kết quả thực hiện Kế hoạch").doesNotContain("\r", "\n");
        assertThat(mail.html()).doesNotContain("<script>", "<b>x</b>", "<img")
                .contains("&lt;script&gt;", "&lt;img src=x onerror=alert(1)&gt;", "Thường trực Đảng ủy phường");
        assertThat(mail.text()).contains("Kế hoạch: <script>alert('x')</script> & \"trật tự\"",
                "Nơi nhận:\n- Thường trực Đảng ủy phường (để báo cáo);", "(bản PDF tạo từ dự thảo");
        assertThat(mail.attachments()).hasSize(2);
    }
}
