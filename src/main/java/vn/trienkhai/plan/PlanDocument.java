package vn.trienkhai.plan;

import java.time.LocalDate;
import java.util.List;
import vn.trienkhai.deadline.DeadlineSpec;
import vn.trienkhai.deadline.ReportingFrequency;

/** A plan document that passed validation: every unit code exists, every date and deadline is real. */
record PlanDocument(
        DirectiveData directive,
        String parentPlanNumber,
        Header plan,
        List<String> leadUnits,
        List<Participant> participants,
        Stages stages,
        List<Task> tasks,
        Reporting reporting,
        List<Metric> metrics,
        List<String> recipients,
        List<String> reportRecipients,
        EscalationPolicy escalation) {

    record DirectiveData(String number, LocalDate date, String issuer, String summary) {
    }

    record Header(String number, String issuingUnit, String place, LocalDate date, String summary,
                  PlanLayout layout, LocalDate endDate, Signer signer) {
    }

    record Participant(String unit, boolean cascade) {
    }

    record Stages(DeadlineSpec study, DeadlineSpec disseminate, DeadlineSpec unitPlan) {
    }

    record Task(String code, String title, String description, String lead, List<String> coordinating,
                DeadlineSpec deadline, String output) {
    }

    record Reporting(ReportingFrequency every, int submitWorkingDays, boolean finalReview) {
    }

    record Metric(String key, String label, String unit) {
    }
}
