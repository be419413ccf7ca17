package vn.trienkhai.reporting;

import static vn.trienkhai.reporting.ReportingRoundProcess.ROLLOUT_ID;
import static vn.trienkhai.reporting.ReportingRoundProcess.ROUND_ID;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.trienkhai.deadline.DeadlineCalculator;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitRepository;
import vn.trienkhai.rollout.Rollout;
import vn.trienkhai.rollout.RolloutDirectory;

/**
 * What the reporting-round model asks Java for, as {@code ${reportingRound.…}}: the units of the
 * round, a unit's group, the round's deadlines and the plan's report form.
 */
@Component("reportingRound")
public class ReportingRoundExpressions {

    static final int REPORT_WORKING_DAYS = 2;

    private final RolloutDirectory directory;
    private final UnitRepository units;
    private final ReportRoundRepository rounds;
    private final DeadlineCalculator calculator;
    private final UnitReports reports;

    ReportingRoundExpressions(RolloutDirectory directory, UnitRepository units, ReportRoundRepository rounds,
                              DeadlineCalculator calculator, UnitReports reports) {
        this.directory = directory;
        this.units = units;
        this.rounds = rounds;
        this.calculator = calculator;
        this.reports = reports;
    }

    /**
     * Whether the lead office accepted the unit's report, read from the report itself: a variable
     * set by the review task would live in the task's own scope (its reminder timers make it one).
     */
    public boolean reportAccepted(VariableScope scope) {
        return reports.find(EngineContext.roundId(scope), EngineContext.unitCode(scope))
                .map(report -> report.getStatus() == UnitReportStatus.ACCEPTED).orElse(false);
    }

    /** The codes of the units that report in this round: the rollout's participants. */
    public List<String> unitCodes(VariableScope scope) {
        return directory.participantsOf(rollout(scope)).stream()
                .map(OrganisationUnit::getCode).toList();
    }

    /**
     * Candidate groups of the lead office's tasks, from the rollout on the server: never from a
     * variable, which a user completing a task could write.
     */
    public String leadGroups(VariableScope scope) {
        return String.join(",", directory.leadGroupsOf(rollout(scope)));
    }

    /** Candidate group of the approval by leadership, from the rollout like {@link #leadGroups}. */
    public String leadershipGroup(VariableScope scope) {
        return directory.leadershipGroupOf(rollout(scope));
    }

    public String unitGroup(String unitCode) {
        return units.findByCode(unitCode).map(OrganisationUnit::getCamundaGroupId)
                .orElseThrow(() -> new IllegalStateException("No unit " + unitCode));
    }

    /** The id of the round's plan's own unit report form ({@link ReportForms}), for {@code camunda:formRef}. */
    public String unitReportForm(VariableScope scope) {
        return ReportForms.formId(round(scope).getPlanId());
    }

    public Date submissionDue(VariableScope scope) {
        return Date.from(round(scope).getSubmissionDeadline());
    }

    public Date consolidationDue(VariableScope scope) {
        return Date.from(round(scope).getConsolidationDeadline());
    }

    /** Finalisation and approval of the consolidated report: two working days after the consolidation deadline. */
    public Date reportDue(VariableScope scope) {
        LocalDate consolidation = round(scope).getConsolidationDeadline().atZone(calculator.zone()).toLocalDate();
        return Date.from(calculator.endOfDay(calculator.calendar().plusWorkingDays(consolidation, REPORT_WORKING_DAYS))
                .toInstant());
    }

    private Rollout rollout(VariableScope scope) {
        return directory.rollout(((Number) scope.getVariable(ROLLOUT_ID)).longValue());
    }

    private ReportRound round(VariableScope scope) {
        long roundId = ((Number) scope.getVariable(ROUND_ID)).longValue();
        return rounds.findById(roundId).orElseThrow(() -> new IllegalStateException("No reporting round " + roundId));
    }
}
