package vn.trienkhai.notification;

import java.time.LocalDate;
import java.util.List;

/** One recipient's daily digest: the "Kính gửi" line, the overdue and soon-due tasks in scope, by plan and unit. */
record DigestMail(String greeting, LocalDate day, List<PlanSection> plans) {

    public long overdueCount() {
        return items().filter(Item::overdue).count();
    }

    public long dueSoonCount() {
        return items().filter(item -> !item.overdue()).count();
    }

    private java.util.stream.Stream<Item> items() {
        return plans.stream().flatMap(plan -> plan.units().stream()).flatMap(unit -> unit.items().stream());
    }

    record PlanSection(String planLabel, List<UnitSection> units) {
    }

    record UnitSection(String unitName, List<Item> items) {
    }

    record Item(String taskName, String dueDate, boolean overdue, long daysOverdue, String link) {

        /** "quá hạn 2 ngày làm việc", "đã quá hạn" on the first day, "sắp đến hạn". */
        public String lateness() {
            if (!overdue) {
                return "sắp đến hạn";
            }
            return daysOverdue > 0 ? "quá hạn " + daysOverdue + " ngày làm việc" : "đã quá hạn";
        }
    }
}
