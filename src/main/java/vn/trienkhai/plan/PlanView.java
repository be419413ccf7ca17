package vn.trienkhai.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.trienkhai.organisation.OrganisationUnit;

/** A plan read back in the shape of the document it was imported from, plus its id. */
record PlanView(Long id, DirectiveView directive, String parentPlan, Header plan, List<String> leadUnits,
                List<ParticipantView> participants, Map<String, Object> stages, List<TaskView> tasks,
                ReportingSchedule reporting, List<PlanMetric> metrics, List<String> recipients,
                List<String> reportRecipients,
                Instant importedAt, String importedBy) {

    record DirectiveView(String number, LocalDate date, String issuer, String summary) {
    }

    record Header(String number, String issuingUnit, String issuingUnitName, String place, LocalDate date,
                  String summary, PlanLayout layout, LocalDate endDate, Signer signer) {
    }

    record ParticipantView(String unit, String name, boolean cascade) {
    }

    record TaskView(String code, String title, String description, String lead, List<String> coordinating,
                    Object deadline, String output) {
    }

    /** One line of the plan list. */
    record Summary(Long id, String number, String summary, String issuingUnit, String issuingUnitName,
                   String directiveNumber, String parentPlan) {

        static Summary of(Plan plan) {
            return new Summary(plan.getId(), plan.getNumber(), plan.getSummary(), plan.getIssuingUnit().getCode(),
                    plan.getIssuingUnit().getName(),
                    plan.getDirective() == null ? null : plan.getDirective().getNumber(),
                    plan.getParentPlan() == null ? null : plan.getParentPlan().getNumber());
        }
    }

    static PlanView of(Plan plan) {
        Directive directive = plan.getDirective();
        return new PlanView(plan.getId(),
                directive == null ? null : new DirectiveView(directive.getNumber(), directive.getIssuedOn(),
                        directive.getIssuer(), directive.getSummary()),
                plan.getParentPlan() == null ? null : plan.getParentPlan().getNumber(),
                new Header(plan.getNumber(), plan.getIssuingUnit().getCode(), plan.getIssuingUnit().getName(),
                        plan.getPlace(), plan.getIssuedOn(), plan.getSummary(), plan.getLayout(), plan.getEndDate(),
                        plan.getSigner()),
                plan.getLeadUnits().stream().map(OrganisationUnit::getCode).toList(),
                plan.getParticipants().stream().map(participant -> new ParticipantView(participant.getUnit().getCode(),
                        participant.getUnit().getName(), participant.isCascades())).toList(),
                Map.of("study", DeadlineText.toDocument(plan.getStages().study()),
                        "disseminate", DeadlineText.toDocument(plan.getStages().disseminate()),
                        "unitPlan", DeadlineText.toDocument(plan.getStages().unitPlan())),
                plan.getTasks().stream().map(PlanView::task).toList(),
                plan.getReporting(), List.copyOf(plan.getMetrics()), List.copyOf(plan.getRecipients()),
                ReportRecipients.of(plan),
                plan.getImportedAt(), plan.getImportedBy());
    }

    private static TaskView task(PlanTask task) {
        return new TaskView(task.getCode(), task.getTitle(), task.getDescription(), task.getLeadUnit().getCode(),
                task.getCoordinatingUnits().stream().map(OrganisationUnit::getCode).toList(),
                DeadlineText.toDocument(task.getDeadline()), task.getOutput());
    }
}
