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
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.trienkhai.monitoring.PlanProgress.StageProgress;
import vn.trienkhai.monitoring.PlanProgress.UnitProgress;

/**
 * The progress as an Excel workbook (streamed, so a two-level cascade of 10,000 units fits):
 * sheet "Tiến độ", one row per unit and stage with the level (in words) and the cascading unit as
 * the hierarchy, dates dd/MM/yyyy and the status cell coloured; sheet "Tổng hợp", one row per unit
 * with its counts and on-time rate. Every sheet opens with title rows (the plan, the time of the
 * figures), its header frozen, filtered and repeated on each printed page, landscape A4 fitted to
 * the width, Times New Roman throughout.
 */
@Component
class ProgressWorkbook {

    static final String DETAIL_SHEET = "Tiến độ";
    static final String SUMMARY_SHEET = "Tổng hợp";
    static final List<String> DETAIL_HEADERS = List.of("STT", "Cấp", "Thuộc đơn vị", "Mã đơn vị", "Tên đơn vị",
            "Giai đoạn", "Hạn hoàn thành", "Ngày hoàn thành", "Tình trạng");
    /** The header's row: below the title, the plan's summary and the time of the figures. */
    static final int HEADER_ROW = 3;
    private static final int[] DETAIL_WIDTHS = {6, 12, 30, 16, 40, 26, 16, 16, 22};
    private static final java.time.format.DateTimeFormatter AS_OF =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

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
            writeDetail(workbook.createSheet(DETAIL_SHEET), progress, styles);
            writeSummary(workbook.createSheet(SUMMARY_SHEET), progress, styles);
            moreSheets.accept(workbook);
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeDetail(Sheet sheet, PlanProgress progress, StatusStyles styles) {
        titles(sheet, progress, DETAIL_HEADERS.size(), styles);
        header(sheet, DETAIL_HEADERS, styles);
        for (int i = 0; i < DETAIL_WIDTHS.length; i++) {
            sheet.setColumnWidth(i, DETAIL_WIDTHS[i] * 256);
        }
        detailRows(sheet, progress.units(), "", styles);
        finish(sheet, DETAIL_HEADERS.size());
    }

    private void detailRows(Sheet sheet, List<UnitProgress> units, String parentName, StatusStyles styles) {
        for (UnitProgress unit : units) {
            for (StageProgress stage : unit.stages()) {
                Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                row.createCell(0).setCellValue(row.getRowNum() - HEADER_ROW);
                row.createCell(1).setCellValue(level(unit.level()));
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

    private void writeSummary(Sheet sheet, PlanProgress progress, StatusStyles styles) {
        List<String> headers = new ArrayList<>(List.of("Cấp", "Mã đơn vị", "Tên đơn vị"));
        for (ProgressStatus status : ProgressStatus.values()) {
            headers.add(capitalised(status.label()));
        }
        headers.add("Tỷ lệ đúng hạn");
        titles(sheet, progress, headers.size(), styles);
        header(sheet, headers, styles);
        sheet.setColumnWidth(0, 12 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        sheet.setColumnWidth(2, 40 * 256);
        for (int i = 3; i < headers.size(); i++) {
            sheet.setColumnWidth(i, 14 * 256);
        }
        summaryRows(sheet, progress.units(), styles);
        finish(sheet, headers.size());
    }

    private void summaryRows(Sheet sheet, List<UnitProgress> units, StatusStyles styles) {
        for (UnitProgress unit : units) {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            row.createCell(0).setCellValue(level(unit.level()));
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

    /** "TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ …", the plan's summary and issuing unit, "Số liệu tính đến …", merged across. */
    private void titles(Sheet sheet, PlanProgress progress, int columns, StatusStyles styles) {
        String number = progress.planNumber() == null ? "" : progress.planNumber().strip();
        title(sheet, 0, "TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ " + number, columns, styles.title);
        title(sheet, 1, progress.planSummary() + (progress.issuingUnit() == null ? "" : " (" + progress.issuingUnit() + ")"),
                columns, styles.subtitle);
        title(sheet, 2, "Số liệu tính đến " + AS_OF.format(progress.computedAt().atZone(zone)), columns, styles.subtitle);
    }

    private static void title(Sheet sheet, int rowIndex, String text, int columns, org.apache.poi.ss.usermodel.CellStyle style) {
        Row row = sheet.createRow(rowIndex);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, columns - 1));
    }

    private static void header(Sheet sheet, List<String> titles, StatusStyles styles) {
        Row row = sheet.createRow(HEADER_ROW);
        for (int i = 0; i < titles.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(titles.get(i));
            cell.setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
    }

    /** The header filtered and repeated on every printed page; landscape A4, fitted to one page wide. */
    private static void finish(Sheet sheet, int columns) {
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, sheet.getLastRowNum()), 0, columns - 1));
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    /** The level in words: the plan's own units, then each cascade below them. */
    static String level(int level) {
        return switch (level) {
            case 0 -> "Trực tiếp";
            case 1 -> "Cấp dưới";
            default -> "Cấp dưới thứ " + level;
        };
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
