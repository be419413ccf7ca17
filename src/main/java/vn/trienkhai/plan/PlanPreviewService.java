package vn.trienkhai.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.trienkhai.deadline.DeadlineCalculator;
import vn.trienkhai.deadline.DeadlineSpec;
import vn.trienkhai.deadline.ReportingCalendar;
import vn.trienkhai.deadline.VietnameseDates;
import vn.trienkhai.system.InvalidDocumentException;

/** Resolves every deadline of a plan document for a given rollout date, without saving anything. */
@Service
class PlanPreviewService {

    private final PlanImporter importer;
    private final DeadlineCalculator deadlines;
    private final ReportingCalendar reportingCalendar;
    private final ZoneId zone;

    PlanPreviewService(PlanImporter importer, DeadlineCalculator deadlines, ReportingCalendar reportingCalendar,
                       ZoneId zone) {
        this.importer = importer;
        this.deadlines = deadlines;
        this.reportingCalendar = reportingCalendar;
        this.zone = zone;
    }

    PlanPreview preview(JsonNode document, LocalDate rolloutOn) {
        PlanDocument plan = importer.validate(document);
        if (rolloutOn.isAfter(plan.plan().endDate())) {
            throw new InvalidDocumentException("rolloutOn", "ngày triển khai " + VietnameseDates.day(rolloutOn)
                    + " sau ngày kết thúc kế hoạch " + VietnameseDates.day(plan.plan().endDate())
                    + ": hãy chọn một ngày triển khai trong thời gian của kế hoạch");
        }
        PlanDocument.Stages stages = plan.stages();
        List<PlanPreview.StageDue> stageDues = List.of(
                stage("study", "Học tập, quán triệt", stages.study(), rolloutOn),
                stage("disseminate", "Tuyên truyền, phổ biến", stages.disseminate(), rolloutOn),
                stage("unitPlan", "Xây dựng kế hoạch của đơn vị", stages.unitPlan(), rolloutOn));
        List<PlanPreview.TaskDue> tasks = plan.tasks().stream()
                .map(task -> new PlanPreview.TaskDue(task.code(), task.title(), task.lead(),
                        DeadlineText.toDocument(task.deadline()), dueAt(task.deadline(), rolloutOn)))
                .toList();
        List<PlanPreview.RoundDue> rounds = reportingCalendar.rounds(plan.reporting().every(), rolloutOn,
                        plan.plan().endDate(), plan.reporting().submitWorkingDays(), plan.reporting().finalReview())
                .stream()
                .map(round -> new PlanPreview.RoundDue(round.sequence(), round.period().label(),
                        round.period().finalReview(), round.period().dataFrom(), round.period().cutOff(),
                        round.submissionDeadline().toOffsetDateTime()))
                .toList();
        return new PlanPreview(rolloutOn, zone.getId(), stageDues, tasks, rounds);
    }

    private PlanPreview.StageDue stage(String key, String label, DeadlineSpec spec, LocalDate rolloutOn) {
        return new PlanPreview.StageDue(key, label, DeadlineText.toDocument(spec), dueAt(spec, rolloutOn));
    }

    private OffsetDateTime dueAt(DeadlineSpec spec, LocalDate rolloutOn) {
        Optional<ZonedDateTime> due = deadlines.dueAt(spec, rolloutOn);
        return due.map(ZonedDateTime::toOffsetDateTime).orElse(null);
    }
}
