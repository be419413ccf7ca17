package vn.trienkhai.plantask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.trienkhai.plantask.PlanTaskReportSection.Line;
import vn.trienkhai.plantask.PlanTaskReportSection.Section;
import vn.trienkhai.plantask.PlanTaskView.Output;
import vn.trienkhai.plantask.PlanTaskView.StateReport;
import vn.trienkhai.plantask.PlanTaskView.UnitView;

class PlanTaskReportSectionTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    final PlanTaskReportSection section = new PlanTaskReportSection(mock(PlanTaskQueries.class), ZONE);

    @Test
    void everyTaskIsListedWithItsLeadDeadlineResultAndStatusAndTheNextPeriodsTasksApart() {
        PlanTaskView done = task("NV1", due(2026, 3, 31), PlanTaskStatus.DONE_ON_TIME,
                new Output("12/BC-CAP", LocalDate.of(2026, 3, 20), null, "12/BC-CAP ngày 20/03/2026"), List.of(), false);
        PlanTaskView overdue = task("NV2", due(2026, 3, 31), PlanTaskStatus.IN_PROGRESS_OVERDUE, null, List.of(), false);
        PlanTaskView nextQuarter = task("NV3", due(2026, 5, 29), PlanTaskStatus.IN_PROGRESS_ON_TIME, null, List.of(), false);
        PlanTaskView later = task("NV4", due(2026, 12, 31), PlanTaskStatus.IN_PROGRESS_ON_TIME, null, List.of(), false);
        PlanTaskView continuous = task("NV5", null, PlanTaskStatus.IN_PROGRESS_ON_TIME, null,
                List.of(new StateReport(1, "Duy trì tuần tra hằng đêm", null), new StateReport(2, "Kỳ sau", null)), true);

        Section result = section.of(List.of(done, overdue, nextQuarter, later, continuous), 1,
                LocalDate.of(2026, 3, 14), LocalDate.of(2026, 6, 14));

        assertThat(result.headers()).containsExactly("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn",
                "Kết quả / sản phẩm", "Tình trạng");
        assertThat(result.lines()).extracting(Line::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(result.lines().get(0)).isEqualTo(new Line(1, "NV1. Nhiệm vụ NV1", "Công an phường", "31/03/2026",
                "Đã thực hiện (12/BC-CAP ngày 20/03/2026)", "hoàn thành đúng hạn"));
        assertThat(result.lines().get(1).status()).isEqualTo("đang thực hiện quá hạn");
        assertThat(result.lines().get(4).deadline()).isEqualTo("Thường xuyên");
        assertThat(result.lines().get(4).result()).isEqualTo("Duy trì tuần tra hằng đêm");
        assertThat(result.nextPeriod()).extracting(Line::task).containsExactly("NV2. Nhiệm vụ NV2", "NV3. Nhiệm vụ NV3");
    }

    private static PlanTaskView task(String code, OffsetDateTime due, PlanTaskStatus status, Output output,
                                     List<StateReport> reports, boolean continuous) {
        return new PlanTaskView(code, "Nhiệm vụ " + code, new UnitView("AQ-CA", "Công an phường"), List.of(), continuous,
                due, status, status.label(), null, null, null, output == null ? null : "Đã thực hiện", output, null, null,
                List.of(), reports, "pi", "link", null);
    }

    private static OffsetDateTime due(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(23, 59, 59).atZone(ZONE).toOffsetDateTime();
    }
}
