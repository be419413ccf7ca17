package vn.trienkhai.plantask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.trienkhai.system.WorkbookFrame;
import org.junit.jupiter.api.Test;
import vn.trienkhai.plantask.PlanTaskView.Output;
import vn.trienkhai.plantask.PlanTaskView.UnitView;

class PlanTaskSheetTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void everyTaskIsARowWithItsLeadDeadlineOutputAndStatus() throws Exception {
        OffsetDateTime due = LocalDate.of(2026, 3, 31).atTime(23, 59, 59).atZone(ZONE).toOffsetDateTime();
        PlanTaskView done = new PlanTaskView("NV2", "Rà soát biển báo", new UnitView("AQ-CA", "Công an phường"),
                List.of(new UnitView("AQ-PKTHT", "Phòng Kinh tế"), new UnitView("AQ-VP", "Văn phòng")), false, due,
                PlanTaskStatus.DONE_LATE, PlanTaskStatus.DONE_LATE.label(), null, null, due.plusDays(2), "Đã rà soát",
                new Output("12/BC-CAP", LocalDate.of(2026, 4, 2), null, "12/BC-CAP ngày 02/04/2026"), null, null,
                List.of(), List.of(), "pi", "link", null);
        PlanTaskView continuous = new PlanTaskView("NV1", "Tuyên truyền", new UnitView("AQ-PKTHT", "Phòng Kinh tế"),
                List.of(), true, null, PlanTaskStatus.IN_PROGRESS_ON_TIME, PlanTaskStatus.IN_PROGRESS_ON_TIME.label(),
                PlanTaskStatus.Due.NOT_DUE, "chưa đến hạn", null, null, null, null, null, List.of(), List.of(), "pi", "link", null);

        try (XSSFWorkbook workbook = written(List.of(done, continuous))) {
            Sheet sheet = workbook.getSheet("Nhiệm vụ");
            DataFormatter format = new DataFormatter();
            assertThat(format.formatCellValue(sheet.getRow(3).getCell(7))).isEqualTo("Kết quả / sản phẩm");
            Row first = sheet.getRow(4);
            assertThat(format.formatCellValue(first.getCell(0))).isEqualTo("1");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Công an phường");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("Phòng Kinh tế; Văn phòng");
            assertThat(format.formatCellValue(first.getCell(5))).isEqualTo("31/03/2026");
            assertThat(format.formatCellValue(first.getCell(6))).isEqualTo("02/04/2026");
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("Đã rà soát (12/BC-CAP ngày 02/04/2026)");
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("hoàn thành quá hạn");
            Row second = sheet.getRow(5);
            assertThat(format.formatCellValue(second.getCell(0))).isEqualTo("2");
            assertThat(second.getCell(5).getStringCellValue()).isEqualTo("Thường xuyên");
            assertThat(second.getCell(8).getStringCellValue()).isEqualTo("đang thực hiện trong hạn");
        }
    }

    /** The sheet in a frame as the progress workbook makes it, written and read back. */
    static XSSFWorkbook written(List<PlanTaskView> tasks) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WorkbookFrame frame = new WorkbookFrame(workbook, List.of("TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ 12/KH-UBND",
                    "Kế hoạch thử (Ủy ban nhân dân phường Ái Quốc)", "Số liệu tính đến 10:00 ngày 07/01/2026"));
            new PlanTaskSheet(mock(PlanTaskQueries.class), ZONE).write(frame, tasks);
            workbook.write(out);
            return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        }
    }

    @Test
    void theSheetHasTheWorkbooksTitleRowsFrozenFilteredHeaderPrintSetupAndFont() throws Exception {
        PlanTaskView task = new PlanTaskView("NV1", "Tuyên truyền", new UnitView("AQ-PKTHT", "Phòng Kinh tế"),
                List.of(), true, null, PlanTaskStatus.IN_PROGRESS_ON_TIME, PlanTaskStatus.IN_PROGRESS_ON_TIME.label(),
                PlanTaskStatus.Due.NOT_DUE, "chưa đến hạn", null, null, null, null, null, List.of(), List.of(), "pi", "link", null);
        try (XSSFWorkbook workbook = written(List.of(task, task, task))) {
            XSSFSheet sheet = workbook.getSheet("Nhiệm vụ");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ 12/KH-UBND");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("Kế hoạch thử");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("Số liệu tính đến ");
            assertThat(sheet.getMergedRegions()).extracting(Object::toString)
                    .allMatch(region -> region.contains(":I"));
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A4:I7");
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("4:4");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
            assertThat(sheet.getColumnWidth(2)).isEqualTo(60 * 256);
            for (int i = 0; i < workbook.getNumberOfFonts(); i++) {
                assertThat(workbook.getFontAt(i).getFontName()).as("font " + i).isEqualTo("Times New Roman");
            }
            assertThat(workbook.getFontAt(sheet.getRow(3).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
        }
    }
}
