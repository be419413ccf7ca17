package vn.trienkhai.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The next period's section names the stages still open and the units still late. */
class NextPeriodStandingTests {

    static final RolloutStanding STANDING = new RolloutStanding(
            List.of(new RolloutStanding.OpenStage("Học tập, quán triệt", 2),
                    new RolloutStanding.OpenStage("Tuyên truyền, phổ biến", 1)),
            List.of(new RolloutStanding.LateUnit("Tổ dân phố số 3", List.of(
                            new RolloutStanding.LateStage("Học tập, quán triệt", 5))),
                    new RolloutStanding.LateUnit("Hội Nông dân phường", List.of(
                            new RolloutStanding.LateStage("Học tập, quán triệt", 1),
                            new RolloutStanding.LateStage("Tuyên truyền, phổ biến", 0)))), 2);
    static final String OPEN = "Hoàn thành các bước triển khai Kế hoạch còn dở dang: Học tập, quán triệt (2 đơn vị "
            + "chưa hoàn thành); Tuyên truyền, phổ biến (1 đơn vị chưa hoàn thành).";
    static final String LATE = "Đôn đốc các đơn vị còn chậm: Tổ dân phố số 3 (Học tập, quán triệt, quá hạn 5 ngày làm "
            + "việc); Hội Nông dân phường (Học tập, quán triệt, quá hạn 1 ngày làm việc; Tuyên truyền, phổ biến, đã "
            + "quá hạn).";

    @Test
    void afterThePlansTasksTheOpenStagesAndLateUnits() throws IOException {
        ConsolidatedReport report = SampleReports.aiQuocWithTasks().withStanding(STANDING);
        try (XWPFDocument document = DocxReportWriterTests.written(report)) {
            assertThat(PlanTaskSectionTests.paragraphs(document)).containsSubsequence(
                    "VI. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI", "Tập trung thực hiện các nhiệm vụ của Kế hoạch đến hạn trong "
                            + "quý IV/2026:", OPEN, LATE, "VII. KIẾN NGHỊ, ĐỀ XUẤT");
        }
        String pdf = PlanTaskSectionTests.oneLine(PdfReportWriterTests.text(PdfReportWriterTests.written(report)));
        assertThat(pdf).containsSubsequence("VI. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI", OPEN, LATE,
                "VII. KIẾN NGHỊ, ĐỀ XUẤT");
        assertThat(pdf).doesNotContain("quá hạn 0");
    }

    @Test
    void withoutTasksTheSectionStillNamesTheLateUnits() throws IOException {
        ConsolidatedReport report = SampleReports.aiQuoc().withStanding(STANDING);
        try (XWPFDocument document = DocxReportWriterTests.written(report)) {
            assertThat(PlanTaskSectionTests.paragraphs(document)).containsSubsequence(
                    "IV. HẠN CHẾ, KHÓ KHĂN", "V. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI", OPEN, LATE,
                    "VI. KIẾN NGHỊ, ĐỀ XUẤT").noneMatch(text -> text.contains("nhiệm vụ của Kế hoạch đến hạn"));
        }
    }

    @Test
    void moreLateUnitsThanNamedAreCounted() throws IOException {
        RolloutStanding many = new RolloutStanding(List.of(), STANDING.lateUnits(), 42);
        String pdf = PlanTaskSectionTests.oneLine(PdfReportWriterTests.text(PdfReportWriterTests.written(
                SampleReports.aiQuoc().withStanding(many))));
        assertThat(pdf).contains("phổ biến, đã quá hạn); và 40 đơn vị khác.").doesNotContain("Hoàn thành các bước");
    }

    @Test
    void hostileNamesArePrintedAsText() throws IOException {
        RolloutStanding hostile = new RolloutStanding(List.of(new RolloutStanding.OpenStage("<w:t>&", 1)),
                List.of(new RolloutStanding.LateUnit("<b>Tổ</b> & \u202E3", List.of(
                        new RolloutStanding.LateStage("]]>", 2)))), 1);
        ConsolidatedReport report = SampleReports.aiQuoc().withStanding(hostile);
        String xml = PlanTaskSectionTests.documentXml(DocxReportWriterTests.bytes(report));
        assertThat(xml).contains("&lt;b&gt;Tổ&lt;/b&gt; &amp; 3 (]]&gt;, quá hạn 2 ngày làm việc)",
                "dở dang: &lt;w:t&gt;&amp; (1 đơn vị").doesNotContain("\u202E");
        String pdf = PlanTaskSectionTests.oneLine(PdfReportWriterTests.text(PdfReportWriterTests.written(report)));
        assertThat(pdf).contains("<b>Tổ</b> & 3 (]]>, quá hạn 2 ngày làm việc)");
    }
}
