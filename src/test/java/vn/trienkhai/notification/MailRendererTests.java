package vn.trienkhai.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailRendererTests {

    private final MailRenderer renderer = new MailRenderer();

    private static final String LINK = "https://dieuhanh.haiphong.example/camunda/app/tasklist/default/#/?task=abc";
    private static final String PLAN = "Kế hoạch số 71/KH-UBND – Triển khai thực hiện Chỉ thị số 08-CT/TU";

    @Test
    void anOverdueNoticeSaysWhatWhoWhenFirstAndGreetsTheUnitHeadByName() {
        RenderedMail mail = renderer.taskNotices(new NoticeMail(
                "Đồng chí Nguyễn Văn Hải, Tổ trưởng tổ dân phố (Tổ dân phố số 1)",
                List.of(task(EscalationLevel.UNIT_HEAD, "Tổ dân phố số 1", "Học tập, quán triệt", 3))));

        assertThat(mail.subject())
                .isEqualTo("[Quá hạn] Tổ dân phố số 1 – Học tập, quán triệt – hạn 21/12/2026 – KH 08-CT/TU");
        assertThat(mail.text()).startsWith("Kính gửi: Đồng chí Nguyễn Văn Hải, Tổ trưởng tổ dân phố (Tổ dân phố số 1)")
                .contains("chỉ đạo cán bộ phụ trách khẩn trương hoàn thành", PLAN, "Hạn: 21/12/2026 – quá hạn 3 ngày làm việc",
                        "Mở nhiệm vụ: " + LINK)
                .doesNotContain("Tasklist", "trienkhai.", "Camunda");
        assertThat(mail.html()).contains("href=\"" + LINK + "\"", ">Mở nhiệm vụ</a>", "quá hạn 3 ngày làm việc")
                .doesNotContain("Tasklist", "hệ thống trienkhai");
        assertThat(Normalizer.isNormalized(mail.html() + mail.text() + mail.subject(), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void eachStepOfTheLadderAsksSomethingElse() {
        String reminder = text(EscalationLevel.REMINDER, "Tổ dân phố số 1");
        String unitHead = text(EscalationLevel.UNIT_HEAD, "Đồng chí Nguyễn Văn Hải");
        String leadOffice = text(EscalationLevel.LEAD_OFFICE, "Đồng chí Phạm Minh Tâm");
        String leadership = text(EscalationLevel.LEADERSHIP, "Đồng chí Trần Văn Bình");

        assertThat(reminder).contains("sắp đến hạn. Đề nghị đơn vị hoàn thành đúng hạn").doesNotContain("quá hạn");
        assertThat(unitHead).contains("Đề nghị đồng chí chỉ đạo");
        assertThat(leadOffice).contains("Đề nghị đồng chí đôn đốc đơn vị hoàn thành và báo cáo lãnh đạo");
        assertThat(leadership).contains("Kính báo cáo đồng chí để nắm tình hình và chỉ đạo");
        assertThat(List.of(reminder, unitHead, leadOffice, leadership)).doesNotHaveDuplicates();
    }

    @Test
    void lateSinceTodayIsNeverLateZeroDays() {
        RenderedMail mail = renderer.taskNotices(new NoticeMail("Đồng chí A",
                List.of(task(EscalationLevel.UNIT_HEAD, "Tổ dân phố số 1", "Học tập", 0))));

        assertThat(mail.text() + mail.html()).contains("đã quá hạn").doesNotContain("0 ngày");
    }

    @Test
    void aLongTaskNameIsCutAtAWordAndTheDueDayAndPlanStayWhole() {
        String longName = "Tổ chức học tập, quán triệt, tuyên truyền sâu rộng nội dung Chỉ thị đến toàn thể cán bộ, "
                + "đảng viên và Nhân dân trên địa bàn, gắn với việc xây dựng kế hoạch hành động cụ thể của từng tổ";
        String subject = renderer.taskNotices(new NoticeMail("Đồng chí A",
                List.of(task(EscalationLevel.UNIT_HEAD, "Tổ dân phố số 1", longName, 2)))).subject();

        assertThat(subject).hasSizeLessThanOrEqualTo(150).startsWith("[Quá hạn] Tổ dân phố số 1 – Tổ chức học tập")
                .endsWith("… – hạn 21/12/2026 – KH 08-CT/TU");
        String kept = subject.substring(subject.indexOf("Tổ chức"), subject.indexOf("…"));
        assertThat(longName).startsWith(kept);
        assertThat(Character.isLetter(longName.charAt(kept.length()))).as("cut at a word boundary").isFalse();
    }

    @Test
    void aRecipientsTasksComeInOneMailByPlan() {
        RenderedMail mail = renderer.taskNotices(new NoticeMail("Đồng chí Phạm Minh Tâm", List.of(
                task(EscalationLevel.LEAD_OFFICE, "Tổ dân phố số 1", "Học tập, quán triệt", 2),
                task(EscalationLevel.LEAD_OFFICE, "Tổ dân phố số 2", "Học tập, quán triệt", 2),
                task(EscalationLevel.REMINDER, "Tổ dân phố số 1", "Báo cáo quý IV", 0))));

        assertThat(mail.subject()).isEqualTo("[Quá hạn] 2 nhiệm vụ quá hạn, 1 nhiệm vụ sắp đến hạn – KH 08-CT/TU");
        assertThat(mail.text()).containsOnlyOnce(PLAN).contains("1. Tổ dân phố số 1 – Học tập, quán triệt",
                "2. Tổ dân phố số 2 – Học tập, quán triệt", "3. Tổ dân phố số 1 – Báo cáo quý IV");
        assertThat(mail.html().split("Mở nhiệm vụ</a>", -1)).hasSize(4);
    }

    @Test
    void aHostileTaskNameIsEscapedInHtmlAndKeptOnOneSubjectLine() {
        RenderedMail mail = renderer.taskNotices(new NoticeMail("Phòng <b>KT</b>", List.of(new TaskNotice(
                EscalationLevel.REMINDER, "Kế hoạch số /KH-UBND", "KH /KH-UBND", "Phòng <b>KT</b>",
                "<script>alert('x')</script>\r\nBcc: x@evil.example", LocalDate.of(2026, 1, 5), 0, "http://localhost/#/?task=1"))));

        assertThat(mail.subject()).startsWith("[Nhắc việc] ").doesNotContain("\r", "\n");
        assertThat(mail.html()).doesNotContain("<script>", "<b>KT</b>").contains("&lt;script&gt;", "05/01/2026");
        assertThat(mail.text()).contains("sắp đến hạn").doesNotContain("quá hạn");
    }

    @Test
    void theDigestIsATableWithAGreetingAndThePlansInFull() {
        DigestMail digest = new DigestMail("Đồng chí Phạm Minh Tâm, Trưởng phòng (Phòng Kinh tế - Hạ tầng)",
                LocalDate.of(2026, 10, 2), List.of(new DigestMail.PlanSection(PLAN,
                List.of(new DigestMail.UnitSection("Tổ dân phố số 1", List.of(
                        new DigestMail.Item("Học tập", "30/09/2026", true, 2, "http://x/#/?task=1"),
                        new DigestMail.Item("Báo cáo", "05/10/2026", false, 0, "http://x/#/?task=2")))))));

        RenderedMail mail = renderer.digest(digest);

        assertThat(mail.subject()).isEqualTo("[Tổng hợp] 1 việc quá hạn, 1 việc sắp đến hạn – 02/10/2026");
        assertThat(mail.text()).startsWith("Kính gửi: Đồng chí Phạm Minh Tâm, Trưởng phòng (Phòng Kinh tế - Hạ tầng)")
                .contains(PLAN, "Tổ dân phố số 1 – Học tập – hạn 30/09/2026 – quá hạn 2 ngày làm việc",
                        "Tổ dân phố số 1 – Báo cáo – hạn 05/10/2026 – sắp đến hạn");
        assertThat(mail.html()).contains("<table", "<th style=\"border: 1px solid #ccd;\">Đơn vị</th>",
                "quá hạn 2 ngày làm việc", "Kính gửi:", ">Mở nhiệm vụ</a>");
    }

    private String text(EscalationLevel role, String greeting) {
        return renderer.taskNotices(new NoticeMail(greeting,
                List.of(task(role, "Tổ dân phố số 1", "Học tập, quán triệt", 3)))).text();
    }

    private static TaskNotice task(EscalationLevel role, String unit, String name, long late) {
        return new TaskNotice(role, PLAN, "KH 08-CT/TU", unit, name, LocalDate.of(2026, 12, 21), late, LINK);
    }

    @Test
    void aReportMailEscapesAHostilePlanSummaryAndListsTheNoiNhanLines() {
        RenderedMail mail = renderer.report(new ReportMailContent(
                "Kết quả thực hiện Kế hoạch <b>x</b>\r\nBcc: x@evil.example quý III/2026", "UBND phường Ái Quốc",
                "<script>alert('x')</script> & \"trật tự\"", "Quý III/2026",
                List.of("Thường trực Đảng ủy phường (để báo cáo);", "<img src=x onerror=alert(1)>"),
                "Văn thư <i>Văn phòng</i> HĐND và UBND phường", true,
                List.of(new MailAttachment("Báo cáo.docx", "application/octet-stream", new byte[] {1}),
                        new MailAttachment("Báo cáo.pdf", "application/pdf", new byte[] {2}))));

        assertThat(mail.subject()).startsWith("[Báo cáo] Kết quả thực hiện Kế hoạch").doesNotContain("\r", "\n");
        assertThat(mail.html()).doesNotContain("<script>", "<b>x</b>", "<img")
                .contains("&lt;script&gt;", "&lt;img src=x onerror=alert(1)&gt;", "Thường trực Đảng ủy phường");
        assertThat(mail.text()).contains("Kế hoạch: <script>alert('x')</script> & \"trật tự\"",
                "Nơi nhận:\n- Thường trực Đảng ủy phường (để báo cáo);", "(bản PDF tạo từ dự thảo",
                "Bản chính do Văn thư <i>Văn phòng</i> HĐND và UBND phường vào sổ, ghi số, ngày và phát hành");
        assertThat(mail.html()).contains("Bản chính do <strong>Văn thư &lt;i&gt;Văn phòng&lt;/i&gt; HĐND và UBND phường")
                .doesNotContain("<i>Văn phòng</i>");
        assertThat(mail.attachments()).hasSize(2);
    }
}
