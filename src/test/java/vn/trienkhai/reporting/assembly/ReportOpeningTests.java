package vn.trienkhai.reporting.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.trienkhai.plan.Directive;
import vn.trienkhai.plan.PlanLayout;

/** The opening sentence cites the plan and the directive as a clerk writes them. */
class ReportOpeningTests {

    static final Directive CT08 = new Directive("08-CT/TU", LocalDate.of(2026, 3, 4),
            "Ban Thường vụ Thành ủy Hải Phòng", "tăng cường lãnh đạo, chỉ đạo công tác bảo đảm trật tự, an toàn giao "
                    + "thông");

    @Test
    void numberedPlanCitesItselfAndTheDirectiveWithDates() {
        assertThat(ReportOpening.text("12/KH-UBND", LocalDate.of(2026, 3, 10), "Ủy ban nhân dân phường Ái Quốc",
                "Triển khai thực hiện Chỉ thị số 08-CT/TU", CT08, PlanLayout.STATE, "quý III/2026"))
                .isEqualTo("Thực hiện Kế hoạch số 12/KH-UBND ngày 10/3/2026 của Ủy ban nhân dân phường Ái Quốc "
                        + "triển khai Chỉ thị số 08-CT/TU ngày 04/3/2026 của Ban Thường vụ Thành ủy Hải Phòng về tăng "
                        + "cường lãnh đạo, chỉ đạo công tác bảo đảm trật tự, an toàn giao thông, Ủy ban nhân dân "
                        + "phường báo cáo kết quả quý III/2026 như sau:");
    }

    @Test
    void planWithoutNumberIsNamedBySummaryWithoutSo() {
        String text = ReportOpening.text("/KH-UBND", null, "Ủy ban nhân dân phường Ái Quốc",
                "Triển khai thực hiện Chỉ thị số 08-CT/TU, ngày 04/3/2026 của Ban Thường vụ Thành ủy.", CT08,
                PlanLayout.STATE, "quý III/2026");
        assertThat(text).isEqualTo("Thực hiện Kế hoạch của Ủy ban nhân dân phường Ái Quốc triển khai thực hiện Chỉ "
                + "thị số 08-CT/TU, ngày 04/3/2026 của Ban Thường vụ Thành ủy, Ủy ban nhân dân phường báo cáo kết "
                + "quả quý III/2026 như sau:");
        assertThat(text).doesNotContain(" số /KH", "Kế hoạch số");
    }

    @Test
    void datesTakeTheLeadingZeroOnlyWhereTheDecreeDoes() {
        assertThat(ReportOpening.date(LocalDate.of(2026, 3, 4))).isEqualTo("04/3/2026");
        assertThat(ReportOpening.date(LocalDate.of(2026, 3, 10))).isEqualTo("10/3/2026");
        assertThat(ReportOpening.date(LocalDate.of(2026, 1, 5))).isEqualTo("05/01/2026");
        assertThat(ReportOpening.date(LocalDate.of(2026, 12, 25))).isEqualTo("25/12/2026");
    }

    @Test
    void partyCommitteeReportsAsItsStandingBoard() {
        Directive ct23 = new Directive("23-CT/TW", LocalDate.of(2023, 5, 25), "Ban Bí thư Trung ương Đảng",
                "về tăng cường sự lãnh đạo của Đảng");
        String text = ReportOpening.text("15-KH/TU", LocalDate.of(2026, 2, 1), "Thành ủy Hải Phòng", "", ct23,
                PlanLayout.PARTY, "năm 2026");
        assertThat(text).isEqualTo("Thực hiện Kế hoạch số 15-KH/TU ngày 01/02/2026 của Thành ủy Hải Phòng triển "
                + "khai Chỉ thị số 23-CT/TW ngày 25/5/2023 của Ban Bí thư Trung ương Đảng về tăng cường sự lãnh đạo "
                + "của Đảng, Ban Thường vụ Thành ủy báo cáo kết quả năm 2026 như sau:");
    }

    @Test
    void withoutDirectiveOrSummaryTheSentenceStillStands() {
        assertThat(ReportOpening.text(null, null, "Công an phường Ái Quốc", null, null, PlanLayout.STATE,
                "tháng 9/2026")).isEqualTo("Thực hiện Kế hoạch của Công an phường Ái Quốc, Công an phường Ái Quốc "
                + "báo cáo kết quả tháng 9/2026 như sau:");
        assertThat(ReportOpening.text("7/KH-UBND", null, "UBND xã Tân Lập", "Chương trình hành động năm 2026",
                null, PlanLayout.STATE, "quý I/2026")).isEqualTo("Thực hiện Kế hoạch số 7/KH-UBND của UBND xã Tân Lập "
                + "về Chương trình hành động năm 2026, Ủy ban nhân dân xã báo cáo kết quả quý I/2026 như sau:");
    }
}
