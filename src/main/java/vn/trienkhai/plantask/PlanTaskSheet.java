package vn.trienkhai.plantask;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.springframework.stereotype.Component;

/** Sheet "Nhiệm vụ" of the progress workbook: one row per task of the plan, as the tasks API shows them. */
@Component
public class PlanTaskSheet {

    static final String SHEET = "Nhiệm vụ";
    static final List<String> HEADERS = List.of("STT", "Mã nhiệm vụ", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
            "Thời hạn", "Ngày hoàn thành", "Kết quả / sản phẩm", "Tình trạng");

    private final PlanTaskQueries queries;
    private final ZoneId zone;

    PlanTaskSheet(PlanTaskQueries queries, ZoneId zone) {
        this.queries = queries;
        this.zone = zone;
    }

    /** Adds the plan's task sheet to a workbook; the caller has checked that the user may read the whole plan. */
    public Consumer<Workbook> of(long planId) {
        List<PlanTaskView> tasks = queries.tasksOf(planId);
        return workbook -> write(workbook, tasks);
    }

    void write(Workbook workbook, List<PlanTaskView> tasks) {
        Sheet sheet = workbook.createSheet(SHEET);
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        Row titles = sheet.createRow(0);
        for (int i = 0; i < HEADERS.size(); i++) {
            titles.createCell(i).setCellValue(HEADERS.get(i));
            titles.getCell(i).setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        int[] widths = {6, 12, 60, 36, 36, 14, 16, 50, 26};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        for (PlanTaskView task : tasks) {
            row(sheet.createRow(sheet.getLastRowNum() + 1), task, date);
        }
    }

    private void row(Row row, PlanTaskView task, CellStyle date) {
        row.createCell(0).setCellValue(row.getRowNum());
        row.createCell(1).setCellValue(task.code());
        row.createCell(2).setCellValue(task.title());
        row.createCell(3).setCellValue(task.lead().name());
        row.createCell(4).setCellValue(task.coordinating().stream().map(PlanTaskView.UnitView::name)
                .collect(Collectors.joining("; ")));
        if (task.continuous()) {
            row.createCell(5).setCellValue(PlanTaskStartListener.CONTINUOUS_LABEL);
        } else {
            date(row.createCell(5), task.dueAt(), date);
        }
        date(row.createCell(6), task.completedAt(), date);
        row.createCell(7).setCellValue(resultText(task));
        row.createCell(8).setCellValue(task.statusLabel() == null ? "chưa triển khai" : task.statusLabel());
    }

    static String resultText(PlanTaskView task) {
        String result = task.result() == null ? "" : task.result();
        if (task.output() == null) {
            return result;
        }
        return result.isEmpty() ? task.output().text() : result + " (" + task.output().text() + ")";
    }

    private void date(Cell cell, OffsetDateTime value, CellStyle style) {
        if (value != null) {
            cell.setCellValue(value.atZoneSameInstant(zone).toLocalDate());
            cell.setCellStyle(style);
        }
    }
}
