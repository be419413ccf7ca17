package vn.trienkhai.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.trienkhai.monitoring.PlanProgress.StageProgress;
import vn.trienkhai.monitoring.PlanProgress.UnitProgress;

/**
 * The progress as an Excel workbook (streamed, so a two-level cascade of 10,000 units fits):
 * sheet "Tiến độ", one row per unit and stage with the level and the cascading unit as the
 * hierarchy, dates dd/MM/yyyy and the status cell coloured; sheet "Tổng hợp", one row per unit
 * with its counts and on-time rate.
 */
@Component
class ProgressWorkbook {

    static final String DETAIL_SHEET = "Tiến độ";
    static final String SUMMARY_SHEET = "Tổng hợp";
    static final List<String> DETAIL_HEADERS = List.of("STT", "Cấp", "Thuộc đơn vị", "Mã đơn vị", "Tên đơn vị",
            "Giai đoạn", "Hạn hoàn thành", "Ngày hoàn thành", "Tình trạng");

    private final ZoneId zone;

    ProgressWorkbook(ZoneId zone) {
        this.zone = zone;
    }

    byte[] write(PlanProgress progress) {
        return write(progress, workbook -> { });
    }

    /** The progress sheets, then those another feature adds (the plan's tasks). */
    byte[] write(PlanProgress progress, Consumer<Workbook> moreSheets) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StatusStyles styles = new StatusStyles(workbook);
            writeDetail(workbook.createSheet(DETAIL_SHEET), progress.units(), styles);
            writeSummary(workbook.createSheet(SUMMARY_SHEET), progress.units(), styles);
            moreSheets.accept(workbook);
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeDetail(Sheet sheet, List<UnitProgress> units, StatusStyles styles) {
        header(sheet, DETAIL_HEADERS, styles);
        int[] widths = {6, 6, 30, 16, 40, 26, 16, 16, 22};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        detailRows(sheet, units, "", styles);
    }

    private void detailRows(Sheet sheet, List<UnitProgress> units, String parentName, StatusStyles styles) {
        for (UnitProgress unit : units) {
            for (StageProgress stage : unit.stages()) {
                Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                row.createCell(0).setCellValue(row.getRowNum());
                row.createCell(1).setCellValue(unit.level());
                row.createCell(2).setCellValue(parentName);
                row.createCell(3).setCellValue(unit.unitCode());
                row.createCell(4).setCellValue(unit.unitName());
                row.createCell(5).setCellValue(stage.stageLabel());
                date(row.createCell(6), stage.dueAt(), styles);
                date(row.createCell(7), stage.completedAt(), styles);
                Cell status = row.createCell(8);
                status.setCellValue(stage.statusLabel());
                status.setCellStyle(styles.of(stage.status()));
            }
            detailRows(sheet, unit.children(), unit.unitName(), styles);
        }
    }

    private void writeSummary(Sheet sheet, List<UnitProgress> units, StatusStyles styles) {
        List<String> headers = new ArrayList<>(List.of("Cấp", "Mã đơn vị", "Tên đơn vị"));
        for (ProgressStatus status : ProgressStatus.values()) {
            headers.add(capitalised(status.label()));
        }
        headers.add("Tỷ lệ đúng hạn");
        header(sheet, headers, styles);
        sheet.setColumnWidth(2, 40 * 256);
        summaryRows(sheet, units, styles);
    }

    private void summaryRows(Sheet sheet, List<UnitProgress> units, StatusStyles styles) {
        for (UnitProgress unit : units) {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            row.createCell(0).setCellValue(unit.level());
            row.createCell(1).setCellValue(unit.unitCode());
            row.createCell(2).setCellValue(unit.unitName());
            int column = 3;
            for (ProgressStatus status : ProgressStatus.values()) {
                row.createCell(column++).setCellValue(unit.totals().get(status));
            }
            Cell rate = row.createCell(column);
            if (unit.onTimeRate() != null) {
                rate.setCellValue(unit.onTimeRate());
                rate.setCellStyle(styles.percent);
            }
            summaryRows(sheet, unit.children(), styles);
        }
    }

    private static void header(Sheet sheet, List<String> titles, StatusStyles styles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(titles.get(i));
            cell.setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, 1);
    }

    private void date(Cell cell, Instant instant, StatusStyles styles) {
        if (instant != null) {
            cell.setCellValue(LocalDate.ofInstant(instant, zone));
            cell.setCellStyle(styles.date);
        }
    }

    private static String capitalised(String label) {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
