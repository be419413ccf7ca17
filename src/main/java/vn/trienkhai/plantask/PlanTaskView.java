package vn.trienkhai.plantask;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One task of a plan as GET /api/plans/{id}/tasks shows it. Dates carry their offset (+07:00); {@code output}
 * is what the lead reported, {@code plannedOutput} what the plan expects (sản phẩm).
 */
public record PlanTaskView(String code, String title, UnitView lead, List<UnitView> coordinating, boolean continuous,
                           OffsetDateTime dueAt, PlanTaskStatus status, String statusLabel, PlanTaskStatus.Due due,
                           String dueLabel, OffsetDateTime completedAt, String result, Output output,
                           String progressNote, String returnReason, List<Contribution> contributions,
                           List<StateReport> stateReports, String processInstanceId, String link,
                           String plannedOutput) {

    public record UnitView(String code, String name) {
    }

    /** The output (sản phẩm): a document's number and date, or a reference, and the line a report prints. */
    public record Output(String number, LocalDate date, String reference, String text) {
    }

    public record Contribution(UnitView unit, OffsetDateTime dueAt, String contribution, OffsetDateTime completedAt) {
    }

    public record StateReport(int round, String text, OffsetDateTime reportedAt) {
    }
}
