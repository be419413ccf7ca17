package vn.trienkhai.holiday;

import java.util.List;

/** What a new calendar did to open tasks' due dates, as the administrator reads it in the answer. */
record DueDateChanges(int movedCount, List<Moved> moved, int keptSetByHand, int keptWouldBePast, String summary) {

    /** One task whose due date moved: its name (unit, plan, period) and the dates, dd/mm/yyyy. */
    record Moved(String task, String from, String to) {
    }

    static DueDateChanges of(List<Moved> moved, int keptSetByHand, int keptWouldBePast) {
        StringBuilder summary = new StringBuilder("Đã dời hạn của ").append(moved.size())
                .append(" công việc đang mở theo lịch mới.");
        if (keptSetByHand > 0) {
            summary.append(" Giữ nguyên ").append(keptSetByHand)
                    .append(" công việc có hạn đã được gia hạn hoặc sửa tay.");
        }
        if (keptWouldBePast > 0) {
            summary.append(" Giữ nguyên ").append(keptWouldBePast)
                    .append(" công việc mà hạn mới đã qua, để không đơn vị nào bị tính trễ vì đổi lịch.");
        }
        return new DueDateChanges(moved.size(), List.copyOf(moved), keptSetByHand, keptWouldBePast,
                summary.toString());
    }
}
