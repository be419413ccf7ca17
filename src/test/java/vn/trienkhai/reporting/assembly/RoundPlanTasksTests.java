package vn.trienkhai.reporting.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.trienkhai.deadline.ReportingFrequency;
import vn.trienkhai.plantask.PlanTaskReportSection;
import vn.trienkhai.plantask.PlanTaskReportSection.Line;
import vn.trienkhai.reporting.ReportRound;
import vn.trienkhai.reporting.document.PlanTasks;

/** Which period's tasks a round's report gets, and when it gets none. */
class RoundPlanTasksTests {

    static final List<String> HEADERS = List.of("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Kết quả / sản phẩm",
            "Tình trạng");
    static final Line DONE = new Line(1, "NV1. Tuyên truyền", "Công an phường", "30/09/2026", "Đã thực hiện",
            "hoàn thành đúng hạn");
    static final Line OPEN = new Line(2, "NV2. Ra quân", "Tổ dân phố số 1", "30/11/2026", "", "đang thực hiện trong hạn");

    final PlanTaskReportSection section = mock(PlanTaskReportSection.class);
    final RoundPlanTasks tasks = new RoundPlanTasks(section);

    @Test
    void aQuarterlyRoundAsksForTheTasksDueUpToTheNextQuartersCutOff() {
        when(section.of(7L, 41L, 3, LocalDate.of(2026, 9, 14), LocalDate.of(2026, 12, 14))).thenReturn(
                new PlanTaskReportSection.Section("TÌNH HÌNH", HEADERS, List.of(DONE, OPEN),
                        List.of(new Line(1, OPEN.task(), OPEN.lead(), OPEN.deadline(), "", OPEN.status()))));

        PlanTasks result = tasks.of(round(LocalDate.of(2026, 9, 14), false), true, ReportingFrequency.QUARTER);

        assertThat(result.title()).isEqualTo("TÌNH HÌNH");
        assertThat(result.headers()).isEqualTo(HEADERS);
        assertThat(result.tasks()).containsExactly(new PlanTasks.Task(1, "NV1. Tuyên truyền", "Công an phường",
                "30/09/2026", "Đã thực hiện", "hoàn thành đúng hạn"), new PlanTasks.Task(2, "NV2. Ra quân",
                "Tổ dân phố số 1", "30/11/2026", "", "đang thực hiện trong hạn"));
        assertThat(result.nextPeriodLabel()).isEqualTo("quý IV/2026");
        assertThat(result.nextPeriod()).extracting(PlanTasks.Task::task).containsExactly("NV2. Ra quân");
    }

    @Test
    void aMonthlyRoundLooksOneMonthAheadAcrossTheYear() {
        when(section.of(7L, 41L, 3, LocalDate.of(2026, 12, 14), LocalDate.of(2027, 1, 14))).thenReturn(
                new PlanTaskReportSection.Section("T", HEADERS, List.of(DONE), List.of()));

        PlanTasks result = tasks.of(round(LocalDate.of(2026, 12, 14), false), true, ReportingFrequency.MONTH);

        assertThat(result.nextPeriodLabel()).isEqualTo("tháng 1/2027");
        assertThat(result.nextPeriod()).isEmpty();
    }

    @Test
    void aFinalReviewHasNoNextPeriod() {
        when(section.of(7L, 41L, 3, LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31))).thenReturn(
                new PlanTaskReportSection.Section("T", HEADERS, List.of(DONE), List.of()));

        PlanTasks result = tasks.of(round(LocalDate.of(2026, 12, 31), true), true, ReportingFrequency.QUARTER);

        assertThat(result.tasks()).hasSize(1);
        assertThat(result.nextPeriodLabel()).isNull();
    }

    @Test
    void aPlanWithoutTasksAndACascadingUnitsRoundGetNone() {
        when(section.of(anyLong(), anyLong(), anyInt(), any(), any())).thenReturn(
                new PlanTaskReportSection.Section("T", HEADERS, List.of(), List.of()));
        ReportRound round = round(LocalDate.of(2026, 9, 14), false);

        assertThat(tasks.of(round, true, ReportingFrequency.QUARTER)).isSameAs(PlanTasks.NONE);
        verify(section).of(7L, 41L, 3, LocalDate.of(2026, 9, 14), LocalDate.of(2026, 12, 14));

        PlanTaskReportSection unused = mock(PlanTaskReportSection.class);
        assertThat(new RoundPlanTasks(unused).of(round, false, ReportingFrequency.QUARTER)).isSameAs(PlanTasks.NONE);
        verifyNoInteractions(unused);
    }

    @Test
    void aCutOffSetByHandIsNamedTheNextPeriod() {
        assertThat(RoundPlanTasks.nextPeriodLabel(ReportingFrequency.QUARTER, LocalDate.of(2026, 12, 20)))
                .isEqualTo("kỳ tới");
        assertThat(RoundPlanTasks.nextPeriodLabel(ReportingFrequency.HALF, LocalDate.of(2026, 12, 14)))
                .isEqualTo("6 tháng cuối năm 2026");
    }

    private static ReportRound round(LocalDate cutOff, boolean finalReview) {
        ReportRound round = mock(ReportRound.class);
        when(round.getPlanId()).thenReturn(7L);
        when(round.getRolloutId()).thenReturn(41L);
        when(round.getSequence()).thenReturn(3);
        when(round.getCutOff()).thenReturn(cutOff);
        when(round.isFinalReview()).thenReturn(finalReview);
        return round;
    }
}
