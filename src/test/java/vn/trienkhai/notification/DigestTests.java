package vn.trienkhai.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The daily digest goes to the lead office and leadership of the plan, and to nobody when nothing is due. */
class DigestTests extends NotificationIntegrationTest {

    @Autowired
    DigestService digests;

    @Test
    void overdueAndSoonDueTasksReachTheLeadOfficeAndLeadershipInOneMailEach() throws Exception {
        startTask(at("2026-09-01T09:00"), at("2026-09-30T23:59:59"), true, "Học tập, quán triệt");
        startTask(at("2026-09-01T09:00"), at("2026-10-05T23:59:59"), true, "Báo cáo quý III");
        startTask(at("2026-09-01T09:00"), at("2026-12-31T23:59:59"), true, "Tổng kết năm");

        int mails = digests.sendDigests(LocalDate.of(2026, 10, 2));
        dispatch();

        assertThat(mails).isEqualTo(5);
        assertThat(mailsTo("aq-pktht.truong@haiphong.example")).singleElement()
                .satisfies(mail -> assertThat(mail.getSubject())
                        .isEqualTo("[Tổng hợp] 1 việc quá hạn, 1 việc sắp đến hạn – 02/10/2026"));
        assertThat(mailsTo("aq-ubnd.truong@haiphong.example")).hasSize(1);
        assertThat(mailsTo("aq-tdp01.truong@haiphong.example")).isEmpty();
        assertThat(outboxKeys()).contains("digest:aq-ubnd.truong@haiphong.example:2026-10-02");
        assertThat(digests.sendDigests(LocalDate.of(2026, 10, 2))).as("same day, same keys").isEqualTo(5);
        assertThat(dispatch()).isZero();
    }

    @Test
    void nothingDueMeansNoDigest() {
        startTask(at("2026-09-01T09:00"), at("2026-12-31T23:59:59"), true, "Tổng kết năm");

        assertThat(digests.sendDigests(LocalDate.of(2026, 10, 2))).isZero();
        assertThat(outboxKeys()).isEmpty();
    }
}
