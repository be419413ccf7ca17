package vn.trienkhai.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.trienkhai.deadline.DeadlineStandingRuleTests.at;
import static vn.trienkhai.deadline.DeadlineStandingRuleTests.endOf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.trienkhai.monitoring.ProgressInput.TaskRow;
import vn.trienkhai.system.WorkbookFrame;
import vn.trienkhai.deadline.DeadlineStandingRule;
import vn.trienkhai.deadline.DeadlineStandingRuleTests;
import vn.trienkhai.monitoring.ProgressAssembler.PlanFigures;

/** The Excel export written from a known progress and read back with POI. */
class ProgressWorkbookTests {

    static final String HOSTILE = "Tổ dân phố <img src=x onerror=alert(1)>";

    /** The plan lists B before A (protocol order, not code order); A leads one task, done on time. */
    static PlanFigures figures() {
        ProgressAssembler assembler = new ProgressAssembler(
                new DeadlineStandingRule(DeadlineStandingRuleTests.CALENDAR, DeadlineStandingRuleTests.ZONE), ProgressAssemblerTests.NOW,
                (rolloutId, unitCode) -> null,
                List.of(new TaskRow("NV1", "A", "Đảng ủy A", endOf("2026-01-06"), at("2026-01-05", 9))),
                Map.of("B", 0, "A", 1));
        return assembler.plan(List.of(ProgressAssemblerTests.TOP, ProgressAssemblerTests.CASCADE));
    }

    /** Its answer's ranking head holds one line only: the workbook must list the whole ranking it is given. */
    static PlanProgress sample() {
        PlanFigures figures = figures();
        return new PlanProgress(7, "/KH-UBND", "Kế hoạch thử", HOSTILE, 1L, ProgressAssemblerTests.NOW,
                StageLabels.stages(), StageLabels.statuses(), figures.stageTotals().counts(), figures.onTimeRate(),
                StageLabels.taskStatuses(), figures.taskTotals().counts(), figures.units(),
                UnitRanking.head(figures.ranking(), 1));
    }

    static XSSFWorkbook written() throws Exception {
        ProgressWorkbook workbook = new ProgressWorkbook(DeadlineStandingRuleTests.ZONE);
        byte[] bytes = workbook.write(sample(), figures().ranking(), frame -> {
            Sheet more = frame.open("Thêm", List.of("STT", "Nội dung"), new int[] {6, 40});
            WorkbookFrame.next(more).createCell(1).setCellValue("dòng của tính năng khác");
            frame.finish(more);
        });
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
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) detail).getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo("A4:I12");
            assertThat(texts(detail.getRow(4))).containsExactly("1", "Trực tiếp", "", "B", "Tổ dân phố B",
                    "Học tập, quán triệt", "05/01/2026", "05/01/2026", "hoàn thành đúng hạn");
            assertThat(texts(detail.getRow(6)).subList(0, 5)).containsExactly("3", "Trực tiếp", "", "A", "Đảng ủy A");
        }
    }

    @Test
    void theCascadeFollowsItsCascadingUnitWithTheHierarchyColumns() throws Exception {
        try (XSSFWorkbook workbook = written()) {
            Row child = workbook.getSheet("Tiến độ").getRow(9);
            assertThat(texts(child).subList(1, 6)).containsExactly("Cấp dưới", "Đảng ủy A", "A-1", "Chi bộ 1",
                    "Học tập, quán triệt");
            assertThat(texts(child).get(8)).isEqualTo("quá hạn");
        }
    }

    @Test
    void statusCellsAreColouredAndDatesAreDayMonthYear() throws Exception {
        try (XSSFWorkbook workbook = written()) {
            Row overdue = workbook.getSheet("Tiến độ").getRow(9);
            XSSFCellStyle style = (XSSFCellStyle) overdue.getCell(8).getCellStyle();
            assertThat(style.getFillForegroundColorColor().getARGBHex()).endsWith("FCA5A5");
            assertThat(overdue.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(new DataFormatter(Locale.US).formatCellValue(overdue.getCell(6))).isEqualTo("06/01/2026");
            assertThat(overdue.getCell(7).getStringCellValue()).isEmpty();
        }
    }

    @Test
    void theSummarySheetGivesStageAndTaskCountsTheOnTimeRateAndTheRankPerUnit() throws Exception {
        try (XSSFWorkbook workbook = written()) {
            Sheet summary = workbook.getSheet("Tổng hợp");
            assertThat(texts(summary.getRow(3))).containsExactly("Cấp", "Mã đơn vị", "Tên đơn vị",
                    "Giai đoạn chưa đến hạn", "Giai đoạn sắp đến hạn", "Giai đoạn quá hạn",
                    "Giai đoạn hoàn thành đúng hạn", "Giai đoạn hoàn thành quá hạn",
                    "Nhiệm vụ chủ trì hoàn thành đúng hạn", "Nhiệm vụ chủ trì hoàn thành quá hạn",
                    "Nhiệm vụ chủ trì đang thực hiện trong hạn", "Nhiệm vụ chủ trì đang thực hiện quá hạn",
                    "Tỷ lệ đúng hạn", "Xếp hạng");
            assertThat(texts(summary.getRow(4))).containsExactly("Trực tiếp", "B", "Tổ dân phố B", "0", "0", "1", "1",
                    "0", "0", "0", "0", "0", "50.0%", "3");
            assertThat(texts(summary.getRow(5))).containsExactly("Trực tiếp", "A", "Đảng ủy A", "1", "0", "0", "1",
                    "1", "1", "0", "0", "0", "66.7%", "2");
            assertThat(summary.getRow(6).getCell(1).getStringCellValue()).isEqualTo("A-1");
            assertThat(summary.getLastRowNum()).isEqualTo(7);
        }
    }

    @Test
    void theRankingSheetListsUnitsAsMonitoringRanksThem() throws Exception {
        try (XSSFWorkbook workbook = written()) {
            Sheet ranking = workbook.getSheet("Xếp hạng");
            assertThat(texts(ranking.getRow(3))).containsExactly("Xếp hạng", "Mã đơn vị", "Tên đơn vị",
                    "Hoàn thành đúng hạn", "Đã hoàn thành", "Quá hạn chưa hoàn thành", "Tỷ lệ đúng hạn");
            assertThat(texts(ranking.getRow(4))).containsExactly("1", "A-2", "Chi bộ 2", "1", "1", "0", "100.0%");
            assertThat(texts(ranking.getRow(5))).containsExactly("2", "A", "Đảng ủy A", "2", "3", "0", "66.7%");
            assertThat(texts(ranking.getRow(6))).containsExactly("3", "B", "Tổ dân phố B", "1", "1", "1", "50.0%");
            assertThat(texts(ranking.getRow(7))).containsExactly("4", "A-1", "Chi bộ 1", "0", "0", "1", "0.0%");
            assertThat(ranking.getLastRowNum()).isEqualTo(7);
        }
    }

    @Test
    void unitsFollowThePlansProtocolOrderOnEverySheetThatListsThem() throws Exception {
        try (XSSFWorkbook workbook = written()) {
            assertThat(codes(workbook.getSheet("Tiến độ"), 3)).containsExactly("B", "A", "A-1", "A-2");
            assertThat(codes(workbook.getSheet("Tổng hợp"), 1)).containsExactly("B", "A", "A-1", "A-2");
        }
    }

    private static List<String> codes(Sheet sheet, int column) {
        List<String> codes = new ArrayList<>();
        for (int i = 4; i <= sheet.getLastRowNum(); i++) {
            String code = sheet.getRow(i).getCell(column).getStringCellValue();
            if (codes.isEmpty() || !codes.get(codes.size() - 1).equals(code)) {
                codes.add(code);
            }
        }
        return codes;
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
    void theSheetsComeInOrderAndASheetAnotherFeatureAddsSharesTheFrame() throws Exception {
        try (XSSFWorkbook workbook = written()) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Tiến độ", "Tổng hợp", "Xếp hạng", "Thêm");
            Sheet more = workbook.getSheet("Thêm");
            assertThat(texts(more.getRow(3))).containsExactly("STT", "Nội dung");
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) more).getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo("A4:B5");
        }
    }

    @Test
    void theWorkbookIsInTimesNewRoman() throws Exception {
        try (XSSFWorkbook workbook = written()) {
            for (int i = 0; i < workbook.getNumberOfFonts(); i++) {
                assertThat(workbook.getFontAt(i).getFontName()).as("font " + i).isEqualTo("Times New Roman");
            }
            Sheet detail = workbook.getSheet("Tiến độ");
            assertThat(workbook.getFontAt(detail.getRow(0).getCell(0).getCellStyle().getFontIndex()))
                    .extracting(org.apache.poi.ss.usermodel.Font::getBold, org.apache.poi.ss.usermodel.Font::getFontHeightInPoints)
                    .containsExactly(true, (short) 14);
            assertThat(workbook.getFontAt(detail.getRow(3).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
        }
    }
}
