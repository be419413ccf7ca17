package vn.trienkhai.plantask;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.stereotype.Component;
import vn.trienkhai.system.WorkbookFrame;

/** Sheet "Nhiệm vụ" of the progress workbook: one row per task of the plan, as the tasks API shows them. */
@Component
public class PlanTaskSheet {

    static final String SHEET = "Nhiệm vụ";
    static final List<String> HEADERS = List.of("STT", "Mã nhiệm vụ", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
            "Thời hạn", "Ngày hoàn thành", "Kết quả / sản phẩm", "Tình trạng");
    private static final int[] WIDTHS = {6, 12, 60, 36, 36, 14, 16, 50, 26};

    private final PlanTaskQueries queries;
    private final ZoneId zone;

    PlanTaskSheet(PlanTaskQueries queries, ZoneId zone) {
        this.queries = queries;
        this.zone = zone;
    }

    /** Adds the plan's task sheet to a workbook; the caller has checked that the user may read the whole plan. */
    public Consumer<WorkbookFrame> of(long planId) {
        List<PlanTaskView> tasks = queries.tasksOf(planId);
        return frame -> write(frame, tasks);
    }

    /** The sheet in the workbook's frame: its title rows, header, filter, print set-up and font. */
    void write(WorkbookFrame frame, List<PlanTaskView> tasks) {
        Sheet sheet = frame.open(SHEET, HEADERS, WIDTHS);
        for (PlanTaskView task : tasks) {
            row(WorkbookFrame.next(sheet), task, frame.date());
        }
        frame.finish(sheet);
    }

    private void row(Row row, PlanTaskView task, CellStyle date) {
        row.createCell(0).setCellValue(row.getRowNum() - WorkbookFrame.HEADER_ROW);
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
