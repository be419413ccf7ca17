package vn.trienkhai.reporting.document;

import java.util.List;
import java.util.Objects;
import vn.trienkhai.plan.PlanLayout;

/**
 * Everything the consolidated report (báo cáo tổng hợp) of one reporting round shows, ready to be written as DOCX
 * or PDF. Texts are taken as data: the writers clean and escape them, never interpret them.
 *
 * @param issuingBody  the body that issues the report and the body above it, for the header
 * @param layout       state (Nghị định 30/2020/NĐ-CP) or Party (Hướng dẫn 36-HD/VPTW) layout
 * @param number       the number and symbol, the digits usually left blank for the clerk
 * @param date         place and date, day and month may be left blank
 * @param subject      the trích yếu, e.g. "Kết quả thực hiện Kế hoạch số 71-KH/UBND quý III/2026"
 * @param periodLabel  the period reported on, e.g. "quý III/2026"
 * @param metrics      the figures the plan asks for, in the plan's order
 * @param totals       one total per metric, with its comparisons where data exist
 * @param lines        the units' rows and texts, read one at a time
 * @param outreach     the study and outreach summary
 * @param findings     the lead office's consolidated text (kết quả, hạn chế, kiến nghị); parts may be blank
 * @param signature    the signature block
 * @param recipients   the report's nơi nhận lines, in order, without dash and end punctuation
 * @param planTasks    the plan's tasks and those due in the next period; {@link PlanTasks#NONE} prints neither
 * @param opening      the sentence before section I citing the plan and the directive ("Thực hiện Kế hoạch số …,
 *                     Ủy ban nhân dân phường báo cáo kết quả quý III/2026 như sau:"); blank: a standard one
 * @param standing     the stages still open and the units still late, for the next period's work
 */
public record ConsolidatedReport(
        IssuingBody issuingBody,
        PlanLayout layout,
        DocumentNumber number,
        DocumentDate date,
        String subject,
        String periodLabel,
        List<ReportMetric> metrics,
        List<MetricTotal> totals,
        UnitLines lines,
        OutreachSummary outreach,
        Findings findings,
        Signature signature,
        List<String> recipients,
        PlanTasks planTasks,
        String opening,
        RolloutStanding standing) {

    public ConsolidatedReport {
        Objects.requireNonNull(issuingBody, "issuingBody");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(lines, "lines");
        metrics = List.copyOf(metrics);
        totals = List.copyOf(totals);
        recipients = List.copyOf(recipients);
        outreach = outreach == null ? OutreachSummary.NONE : outreach;
        findings = findings == null ? Findings.NONE : findings;
        planTasks = planTasks == null ? PlanTasks.NONE : planTasks;
        opening = opening == null ? "" : opening;
        standing = standing == null ? RolloutStanding.NONE : standing;
    }

    /** A report without the plan's tasks. */
    public ConsolidatedReport(IssuingBody issuingBody, PlanLayout layout, DocumentNumber number, DocumentDate date,
                              String subject, String periodLabel, List<ReportMetric> metrics, List<MetricTotal> totals,
                              UnitLines lines, OutreachSummary outreach, Findings findings, Signature signature,
                              List<String> recipients) {
        this(issuingBody, layout, number, date, subject, periodLabel, metrics, totals, lines, outreach, findings,
                signature, recipients, PlanTasks.NONE, "", RolloutStanding.NONE);
    }

    /** The same report showing the given tasks. */
    public ConsolidatedReport withPlanTasks(PlanTasks tasks) {
        return new ConsolidatedReport(issuingBody, layout, number, date, subject, periodLabel, metrics, totals, lines,
                outreach, findings, signature, recipients, tasks, opening, standing);
    }

    /** The same report opening with the given sentence. */
    public ConsolidatedReport withOpening(String text) {
        return new ConsolidatedReport(issuingBody, layout, number, date, subject, periodLabel, metrics, totals, lines,
                outreach, findings, signature, recipients, planTasks, text, standing);
    }

    /** The same report with the given stand of the rollout. */
    public ConsolidatedReport withStanding(RolloutStanding rolloutStanding) {
        return new ConsolidatedReport(issuingBody, layout, number, date, subject, periodLabel, metrics, totals, lines,
                outreach, findings, signature, recipients, planTasks, opening, rolloutStanding);
    }

    /** The same report with the lead office's own texts. */
    public ConsolidatedReport withFindings(Findings own) {
        return new ConsolidatedReport(issuingBody, layout, number, date, subject, periodLabel, metrics, totals, lines,
                outreach, own, signature, recipients, planTasks, opening, standing);
    }
}
