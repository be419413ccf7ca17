package vn.trienkhai.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.trienkhai.deadline.DeadlineStandingRule;
import vn.trienkhai.deadline.DeadlineStandingRuleTests;
import vn.trienkhai.monitoring.ProgressAssembler.PlanFigures;

/** The Excel export written from a known progress and read back with POI. */
class ProgressWorkbookTests {

    static final String HOSTILE = "Tổ dân phố <img src=x onerror=alert(1)>";

    static PlanProgress sample() {
        ProgressAssembler assembler = new ProgressAssembler(
                new DeadlineStandingRule(DeadlineStandingRuleTests.CALENDAR, DeadlineStandingRuleTests.ZONE), ProgressAssemblerTests.NOW,
                (rolloutId, unitCode) -> null, List.of());
        PlanFigures figures = assembler.plan(List.of(ProgressAssemblerTests.TOP, ProgressAssemblerTests.CASCADE));
        return new PlanProgress(7, "/KH-UBND", "Kế hoạch thử", HOSTILE, 1L, ProgressAssemblerTests.NOW,
                StageLabels.stages(), StageLabels.statuses(), figures.stageTotals().counts(), figures.onTimeRate(),
                StageLabels.taskStatuses(), figures.taskTotals().counts(), figures.units(), figures.ranking());
    }

    static XSSFWorkbook written() throws Exception {
        byte[] bytes = new ProgressWorkbook(DeadlineStandingRuleTests.ZONE).write(sample());
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter(Locale.US);
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(formatter.formatCellValue(cell)));
        return texts;
    }

    @Test
    void theDetailSheetHasVietnameseHeadersAndOneRowPerUnitAndStage() throws Exception {
        try (XSSFWorkbook workbook = written()) {
            Sheet detail = workbook.getSheet("Tiến độ");
            assertThat(texts(detail.getRow(3))).containsExactly("STT", "Cấp", "Thuộc đơn vị", "Mã đơn vị",
                    "Tên đơn vị", "Giai đoạn", "Hạn hoàn thành", "Ngày hoàn thành", "Tình trạng");
            assertThat(detail.getLastRowNum()).isEqualTo(11);
            assertThat(texts(detail.getRow(4))).containsExactly("1", "Trực tiếp", "", "A", "Đảng ủy A",
                    "Học tập, quán triệt", "05/01/2026", "05/01/2026", "hoàn thành đúng hạn");
        }
    }

    @Test
    void theCascadeFollowsItsCascadingUnitWithTheHierarchyColumns() throws Exception {
        try (XSSFWorkbook workbook = written()) {
            Row child = workbook.getSheet("Tiến độ").getRow(7);
            assertThat(texts(child).subList(1, 6)).containsExactly("Cấp dưới", "Đảng ủy A", "A-1", "Chi bộ 1",
                    "Học tập, quán triệt");
            assertThat(texts(child).get(8)).isEqualTo("quá hạn");
        }
    }

    @Test
    void statusCellsAreColouredAndDatesAreDayMonthYear() throws Exception {
        try (XSSFWorkbook workbook = written()) {
            Row overdue = workbook.getSheet("Tiến độ").getRow(7);
            XSSFCellStyle style = (XSSFCellStyle) overdue.getCell(8).getCellStyle();
            assertThat(style.getFillForegroundColorColor().getARGBHex()).endsWith("FCA5A5");
            assertThat(overdue.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(new DataFormatter(Locale.US).formatCellValue(overdue.getCell(6))).isEqualTo("06/01/2026");
            assertThat(overdue.getCell(7).getStringCellValue()).isEmpty();
        }
    }

    @Test
    void theSummarySheetGivesCountsAndTheOnTimeRatePerUnit() throws Exception {
        try (XSSFWorkbook workbook = written()) {
            Sheet summary = workbook.getSheet("Tổng hợp");
            assertThat(texts(summary.getRow(3))).containsExactly("Cấp", "Mã đơn vị", "Tên đơn vị", "Chưa đến hạn",
                    "Sắp đến hạn", "Quá hạn", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Tỷ lệ đúng hạn");
            assertThat(texts(summary.getRow(4))).containsExactly("Trực tiếp", "A", "Đảng ủy A", "1", "0", "0", "1",
                    "1", "50.0%");
            assertThat(summary.getLastRowNum()).isEqualTo(7);
        }
    }

    @Test
    void everySheetOpensWithThePlanAndTheTimeOfTheFigures() throws Exception {
        try (XSSFWorkbook workbook = written()) {
            for (Sheet sheet : workbook) {
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                        .isEqualTo("TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ /KH-UBND");
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("Kế hoạch thử (Tổ dân phố");
                assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).matches(
                        "Số liệu tính đến \\d{2}:\\d{2} ngày \\d{2}/\\d{2}/\\d{4}");
                assertThat(sheet.getMergedRegions()).hasSize(3);
            }
        }
    }

    @Test
    void everySheetIsFilteredFrozenAndPrintsLandscapeOnePageWideWithItsHeaderRepeated() throws Exception {
        try (XSSFWorkbook workbook = written()) {
            for (Sheet sheet : workbook) {
                org.apache.poi.xssf.usermodel.XSSFSheet xssf = (org.apache.poi.xssf.usermodel.XSSFSheet) sheet;
                assertThat(xssf.getCTWorksheet().getAutoFilter().getRef()).startsWith("A4:");
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
                assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("4:4");
                assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
                assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
                for (int column = 0; column < sheet.getRow(3).getLastCellNum(); column++) {
                    assertThat(sheet.getColumnWidth(column)).as(sheet.getSheetName() + " column " + column)
                            .isGreaterThanOrEqualTo(6 * 256);
                }
            }
        }
    }

    @Test
    void theWorkbookIsInTimesNewRoman() throws Exception {
        try (XSSFWorkbook workbook = written()) {
            assertThat(workbook.getFontAt(0).getFontName()).isEqualTo("Times New Roman");
            Sheet detail = workbook.getSheet("Tiến độ");
            assertThat(workbook.getFontAt(detail.getRow(3).getCell(0).getCellStyle().getFontIndex()).getFontName())
                    .isEqualTo("Times New Roman");
            assertThat(workbook.getFontAt(detail.getRow(0).getCell(0).getCellStyle().getFontIndex()).getFontName())
                    .isEqualTo("Times New Roman");
        }
    }
}
