package vn.trienkhai.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** What the mails of a late unit say at each step, when they go out, and that a recipient gets one mail per dispatch. */
class NoticeMailTests extends NotificationIntegrationTest {

    private static final String UNIT_ADDRESS = "aq-tdp01@haiphong.example";
    private static final String UNIT_HEAD = "aq-tdp01.truong@haiphong.example";
    private static final String LEAD_OFFICE = "aq-pktht.truong@haiphong.example";
    private static final String LEADERSHIP = "aq-ubnd.truong@haiphong.example";
    private static final String PLAN = "Kế hoạch số /KH-UBND – Triển khai thực hiện Chỉ thị số 08-CT/TU";

    @Test
    void everyStepGreetsItsRecipientAndAsksWhatThatStepAsks() throws Exception {
        Task task = startTask(at("2026-09-01T09:00"), at("2026-09-30T23:59:59"), true, "Học tập, quán triệt");

        fireAndDispatch(ladderJob(task, EscalationLevel.REMINDER));
        assertThat(onlyMail(UNIT_ADDRESS).getSubject())
                .isEqualTo("[Nhắc việc] Tổ dân phố số 1 – Học tập, quán triệt – hạn 30/09/2026 – KH 08-CT/TU");
        assertThat(text(onlyMail(UNIT_ADDRESS))).startsWith("Kính gửi: Tổ dân phố số 1\n")
                .contains("sắp đến hạn. Đề nghị đơn vị hoàn thành đúng hạn", PLAN, "Mở nhiệm vụ: http");
        purge();

        fireAndDispatch(ladderJob(task, EscalationLevel.UNIT_HEAD));
        MimeMessage unitHead = onlyMail(UNIT_HEAD);
        assertThat(unitHead.getSubject())
                .isEqualTo("[Quá hạn] Tổ dân phố số 1 – Học tập, quán triệt – hạn 30/09/2026 – KH 08-CT/TU");
        assertThat(text(unitHead)).startsWith(
                        "Kính gửi: Đồng chí Nguyễn Văn Hải, Tổ trưởng tổ dân phố (Tổ dân phố số 1)\n")
                .contains("Đề nghị đồng chí chỉ đạo cán bộ phụ trách", "Hạn: 30/09/2026 – quá hạn 1 ngày làm việc")
                .doesNotContain("quá hạn 0 ngày", "Tasklist", "trienkhai");
        assertThat(html(unitHead)).contains(">Mở nhiệm vụ</a>", "#/?task=" + task.getId());
        purge();

        fireAndDispatch(ladderJob(task, EscalationLevel.LEAD_OFFICE));
        assertThat(text(onlyMail(LEAD_OFFICE))).startsWith("Kính gửi: Đồng chí Phạm Minh Tâm, Trưởng phòng (Phòng Kinh tế - Hạ tầng)")
                .contains("Đề nghị đồng chí đôn đốc đơn vị hoàn thành và báo cáo lãnh đạo",
                        "quá hạn 3 ngày làm việc");
        assertThat(text(onlyMail("aq-pktht@haiphong.example"))).startsWith("Kính gửi: Phòng Kinh tế - Hạ tầng\n")
                .contains("Đề nghị đơn vị đôn đốc");
        assertThat(mailsTo(UNIT_HEAD)).isEmpty();
        purge();

        fireAndDispatch(ladderJob(task, EscalationLevel.LEADERSHIP));
        assertThat(text(onlyMail(LEADERSHIP))).startsWith("Kính gửi: Đồng chí Trần Văn Bình, Phó Chủ tịch")
                .contains("Kính báo cáo đồng chí để nắm tình hình và chỉ đạo", "quá hạn 8 ngày làm việc");
        purge();

        fireAndDispatch(ladderJob(task, EscalationLevel.REPEAT));
        assertThat(text(onlyMail(UNIT_HEAD))).contains("Đề nghị đồng chí chỉ đạo cán bộ phụ trách");
        assertThat(text(onlyMail(LEAD_OFFICE))).contains("Đề nghị đồng chí đôn đốc đơn vị");
        assertThat(text(onlyMail(LEADERSHIP))).contains("Kính báo cáo đồng chí để nắm tình hình");
    }

    @Test
    void aNoticeDueAtNightOrOnTheWeekendWaitsForTheOfficeToOpen() {
        Task task = startTask(at("2026-09-01T09:00"), at("2026-09-30T23:59:59"), true, "Học tập, quán triệt");
        Job unitHead = walkTo(task, EscalationLevel.UNIT_HEAD);
        jdbc.update("delete from notification_outbox");
        runAt(unitHead, at("2026-10-01T22:10").toInstant());

        assertThat(dispatcher.dispatch(at("2026-10-01T22:10").toInstant())).isZero();
        assertThat(dispatcher.dispatch(at("2026-10-02T07:29").toInstant())).isZero();
        assertThat(dispatcher.dispatch(at("2026-10-02T07:30").toInstant())).isEqualTo(1);
        assertThat(mailsTo(UNIT_HEAD)).hasSize(1);

        runAt(ladderJob(task, EscalationLevel.LEAD_OFFICE), at("2026-10-03T10:00").toInstant());
        assertThat(dispatcher.dispatch(at("2026-10-03T10:00").toInstant())).as("Saturday").isZero();
        assertThat(dispatcher.dispatch(at("2026-10-04T16:00").toInstant())).as("Sunday").isZero();
        Long waiting = jdbc.queryForObject("select count(*) from notification_outbox where status = 'PENDING'", Long.class);
        assertThat(waiting).isPositive();
        assertThat(dispatcher.dispatch(at("2026-10-05T07:30").toInstant())).as("Monday morning").isEqualTo(waiting.intValue());
        assertThat(mailsTo(LEAD_OFFICE)).hasSize(1);
    }

    @Test
    void aRecipientGetsOneMailListingAllItsTasksDueInOneDispatch() throws Exception {
        Task first = startTask(at("2026-09-01T09:00"), at("2026-09-30T23:59:59"), true, "Học tập, quán triệt");
        Task second = startTask(at("2026-09-01T09:00"), at("2026-09-30T23:59:59"), true, "Tuyên truyền");
        Task third = startTask(at("2026-09-01T09:00"), at("2026-09-30T23:59:59"), true, "Báo cáo quý III");
        Instant morning = at("2026-10-01T08:01").toInstant();
        for (Task task : java.util.List.of(first, second, third)) {
            runAt(walkTo(task, EscalationLevel.UNIT_HEAD), morning);
        }
        jdbc.update("delete from notification_outbox where idempotency_key not like '%:UNIT_HEAD:%'");

        assertThat(dispatcher.dispatch(morning)).as("rows sent").isEqualTo(3);

        MimeMessage mail = onlyMail(UNIT_HEAD);
        assertThat(mail.getSubject()).isEqualTo("[Quá hạn] 3 nhiệm vụ quá hạn – Tổ dân phố số 1 – KH 08-CT/TU");
        assertThat(text(mail)).containsOnlyOnce(PLAN).contains("1. Tổ dân phố số 1 – Báo cáo quý III",
                "2. Tổ dân phố số 1 – Học tập, quán triệt", "3. Tổ dân phố số 1 – Tuyên truyền")
                .contains("Các nhiệm vụ dưới đây của đơn vị đã quá hạn");
        assertThat(html(mail).split(">Mở nhiệm vụ</a>", -1)).hasSize(4);
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where status = 'SENT'", Long.class))
                .isEqualTo(3);
    }

    private void fireAndDispatch(Job job) {
        fire(job);
        dispatcher.dispatch(officeOpenFrom(ClockUtil.getCurrentTime().toInstant()));
    }

    private void runAt(Job job, Instant when) {
        ClockUtil.setCurrentTime(Date.from(when));
        managementService.executeJob(job.getId());
    }

    private static void purge() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
    }

    private static MimeMessage onlyMail(String address) {
        assertThat(mailsTo(address)).as(address).hasSize(1);
        return mailsTo(address).get(0);
    }

    private static String text(MimeMessage message) throws Exception {
        return ((String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent()).replace("\r\n", "\n");
    }

    private static String html(MimeMessage message) throws Exception {
        return (String) ((MimeMultipart) message.getContent()).getBodyPart(1).getContent();
    }
}
