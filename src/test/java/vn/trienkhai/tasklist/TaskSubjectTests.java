package vn.trienkhai.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TaskSubjectTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void aReportTaskNamesItsPeriodUnitAndPlan() {
        TaskSubject subject = new TaskSubject("Công an phường", "KH 08-CT/TU", "Quý IV/2026", "Tăng cường trật tự");
        assertThat(subject.name("Gửi báo cáo định kỳ"))
                .isEqualTo("Gửi báo cáo định kỳ – Quý IV/2026 – Công an phường – KH 08-CT/TU");
    }

    @Test
    void missingPartsAreLeftOutAndANameIsNeverTooLongForTheEngine() {
        assertThat(new TaskSubject(null, "15/KH-UBND", null, null).name("Hoàn thiện báo cáo tổng hợp"))
                .isEqualTo("Hoàn thiện báo cáo tổng hợp – 15/KH-UBND");
        assertThat(new TaskSubject("x".repeat(300), null, null, null).name("Học tập")).hasSize(TaskSubject.MAX_NAME)
                .endsWith("…");
        assertThat(new TaskSubject(null, null, null, "Tóm tắt").isEmpty()).isTrue();
    }

    @Test
    void theDescriptionGivesTheSummaryAndTheDeadlineInWords() {
        TaskSubject subject = new TaskSubject("Tổ dân phố số 1", "KH 08-CT/TU", null, "Bảo đảm trật tự giao thông");
        assertThat(subject.description(Instant.parse("2026-01-16T16:59:59Z"), ZONE))
                .isEqualTo("Kế hoạch: Bảo đảm trật tự giao thông.\nHạn hoàn thành: thứ Sáu, ngày 16/01/2026.");
        assertThat(subject.description(null, ZONE)).endsWith("Không có hạn cố định: thực hiện thường xuyên.");
    }

    @Test
    void aPlanIsNamedByItsNumberOrElseItsDirectiveOrElseItsSummary() {
        assertThat(PlanLabels.label("15/KH-UBND", "08-CT/TU", "…")).isEqualTo("15/KH-UBND");
        assertThat(PlanLabels.label("/KH-UBND", "08-CT/TU", "…")).isEqualTo("KH 08-CT/TU");
        assertThat(PlanLabels.label("-KH/TU", null, "Kế hoạch thực hiện Chỉ thị về tăng cường công tác bảo đảm trật tự "
                + "an toàn giao thông trên địa bàn")).isEqualTo("Kế hoạch thực hiện Chỉ thị về tăng cường công tác bảo đảm…");
    }
}
