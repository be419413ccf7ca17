package vn.trienkhai.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.trienkhai.monitoring.PlanProgress.StageProgress;
import vn.trienkhai.monitoring.PlanProgress.UnitProgress;
import vn.trienkhai.monitoring.UnitRanking.UnitRank;
import vn.trienkhai.plantask.PlanTaskStatus;
import vn.trienkhai.system.WorkbookFrame;

/**
 * The progress as an Excel workbook (streamed, so a two-level cascade of 10,000 units fits):
 * sheet "Tiến độ", one row per unit and stage with the level (in words) and the cascading unit as
 * the hierarchy, dates dd/MM/yyyy and the status cell coloured; sheet "Tổng hợp", one row per unit
 * with its stage counts, the plan tasks it leads, its on-time rate and rank; sheet "Xếp hạng", the
 * units ranked by on-time rate as monitoring ranks them. Units in the plan's protocol order, as
 * {@link PlanProgress} lists them. Every sheet is laid out by {@link WorkbookFrame}.
 */
@Component
class ProgressWorkbook {

    static final String DETAIL_SHEET = "Tiến độ";
    static final String SUMMARY_SHEET = "Tổng hợp";
    static final String RANKING_SHEET = "Xếp hạng";
    static final List<String> DETAIL_HEADERS = List.of("STT", "Cấp", "Thuộc đơn vị", "Mã đơn vị", "Tên đơn vị",
            "Giai đoạn", "Hạn hoàn thành", "Ngày hoàn thành", "Tình trạng");
    static final List<String> RANKING_HEADERS = List.of("Xếp hạng", "Mã đơn vị", "Tên đơn vị",
            "Hoàn thành đúng hạn", "Đã hoàn thành", "Quá hạn chưa hoàn thành", "Tỷ lệ đúng hạn");
    private static final int[] DETAIL_WIDTHS = {6, 12, 30, 16, 40, 26, 16, 16, 22};
    private static final int[] RANKING_WIDTHS = {10, 16, 40, 14, 14, 14, 14};
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final ZoneId zone;

    ProgressWorkbook(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * The progress sheets, then those another feature adds (the plan's tasks) in the same frame; {@code ranking} is
     * the whole ranking (the answer carries only its head).
     */
    byte[] write(PlanProgress progress, List<UnitRank> ranking, Consumer<WorkbookFrame> moreSheets) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WorkbookFrame frame = new WorkbookFrame(workbook, titles(progress));
            StatusStyles styles = new StatusStyles(workbook);
            writeDetail(frame, progress, styles);
            writeSummary(frame, progress, ranking);
            writeRanking(frame, ranking);
            moreSheets.accept(frame);
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ …", the plan's summary and issuing unit, "Số liệu tính đến …". */
    private List<String> titles(PlanProgress progress) {
        String number = progress.planNumber() == null ? "" : progress.planNumber().strip();
        return List.of("TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ " + number,
                progress.planSummary() + (progress.issuingUnit() == null ? "" : " (" + progress.issuingUnit() + ")"),
                "Số liệu tính đến " + AS_OF.format(progress.computedAt().atZone(zone)));
    }

    private void writeDetail(WorkbookFrame frame, PlanProgress progress, StatusStyles styles) {
        Sheet sheet = frame.open(DETAIL_SHEET, DETAIL_HEADERS, DETAIL_WIDTHS);
        detailRows(sheet, progress.units(), "", frame, styles);
        frame.finish(sheet);
    }

    private void detailRows(Sheet sheet, List<UnitProgress> units, String parentName, WorkbookFrame frame,
                            StatusStyles styles) {
        for (UnitProgress unit : units) {
            for (StageProgress stage : unit.stages()) {
                Row row = WorkbookFrame.next(sheet);
                row.createCell(0).setCellValue(row.getRowNum() - WorkbookFrame.HEADER_ROW);
                row.createCell(1).setCellValue(level(unit.level()));
                row.createCell(2).setCellValue(parentName);
                row.createCell(3).setCellValue(unit.unitCode());
                row.createCell(4).setCellValue(unit.unitName());
                row.createCell(5).setCellValue(stage.stageLabel());
                date(row.createCell(6), stage.dueAt(), frame);
                date(row.createCell(7), stage.completedAt(), frame);
                Cell status = row.createCell(8);
                status.setCellValue(stage.statusLabel());
                status.setCellStyle(styles.of(stage.status()));
            }
            detailRows(sheet, unit.children(), unit.unitName(), frame, styles);
        }
    }

    static List<String> summaryHeaders() {
        List<String> headers = new ArrayList<>(List.of("Cấp", "Mã đơn vị", "Tên đơn vị"));
        for (ProgressStatus status : ProgressStatus.values()) {
            headers.add("Giai đoạn " + status.label());
        }
        for (PlanTaskStatus status : PlanTaskStatus.values()) {
            headers.add("Nhiệm vụ chủ trì " + status.label());
        }
        headers.add("Tỷ lệ đúng hạn");
        headers.add("Xếp hạng");
        return headers;
    }

    private void writeSummary(WorkbookFrame frame, PlanProgress progress, List<UnitRank> ranking) {
        List<String> headers = summaryHeaders();
        int[] widths = new int[headers.size()];
        Arrays.fill(widths, 14);
        widths[0] = 12;
        widths[1] = 16;
        widths[2] = 40;
        Sheet sheet = frame.open(SUMMARY_SHEET, headers, widths);
        Map<String, Integer> ranks = new HashMap<>();
        ranking.forEach(line -> {
            if (line.rank() != null) {
                ranks.put(line.unitCode(), line.rank());
            }
        });
        summaryRows(sheet, progress.units(), ranks, frame);
        frame.finish(sheet);
    }

    private void summaryRows(Sheet sheet, List<UnitProgress> units, Map<String, Integer> ranks, WorkbookFrame frame) {
        for (UnitProgress unit : units) {
            Row row = WorkbookFrame.next(sheet);
            row.createCell(0).setCellValue(level(unit.level()));
            row.createCell(1).setCellValue(unit.unitCode());
            row.createCell(2).setCellValue(unit.unitName());
            int column = 3;
            for (ProgressStatus status : ProgressStatus.values()) {
                row.createCell(column++).setCellValue(unit.totals().get(status));
            }
            for (PlanTaskStatus status : PlanTaskStatus.values()) {
                row.createCell(column++).setCellValue(unit.taskTotals().getOrDefault(status, 0));
            }
            rate(row.createCell(column++), unit.onTimeRate(), frame);
            Integer rank = ranks.get(unit.unitCode());
            if (rank != null) {
                row.createCell(column).setCellValue(rank);
            }
            summaryRows(sheet, unit.children(), ranks, frame);
        }
    }

    /** The ranking as monitoring computes it (stages and plan tasks), best first; units without a rate last. */
    private void writeRanking(WorkbookFrame frame, List<UnitRank> ranking) {
        Sheet sheet = frame.open(RANKING_SHEET, RANKING_HEADERS, RANKING_WIDTHS);
        for (UnitRank line : ranking) {
            Row row = WorkbookFrame.next(sheet);
            if (line.rank() != null) {
                row.createCell(0).setCellValue(line.rank());
            }
            row.createCell(1).setCellValue(line.unitCode());
            row.createCell(2).setCellValue(line.unitName());
            row.createCell(3).setCellValue(line.doneOnTime());
            row.createCell(4).setCellValue(line.done());
            row.createCell(5).setCellValue(line.overdue());
            rate(row.createCell(6), line.onTimeRate(), frame);
        }
        frame.finish(sheet);
    }

    /** The level in words: the plan's own units, then each cascade below them. */
    static String level(int level) {
        return switch (level) {
            case 0 -> "Trực tiếp";
            case 1 -> "Cấp dưới";
            default -> "Cấp dưới thứ " + level;
        };
    }

    private static void rate(Cell cell, Double rate, WorkbookFrame frame) {
        if (rate != null) {
            cell.setCellValue(rate);
            cell.setCellStyle(frame.percent());
        }
    }

    private void date(Cell cell, Instant instant, WorkbookFrame frame) {
        if (instant != null) {
            cell.setCellValue(LocalDate.ofInstant(instant, zone));
            cell.setCellStyle(frame.date());
        }
    }
}
