package vn.trienkhai.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.deadline.DeadlineSpec;
import vn.trienkhai.deadline.ReportingCalendar;
import vn.trienkhai.deadline.ReportingRound;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.plan.DeadlineText;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.PlanParticipant;
import vn.trienkhai.plan.PlanRepository;
import vn.trienkhai.plan.PlanTask;
import vn.trienkhai.plantask.ContinuousTaskStates;
import vn.trienkhai.reporting.assembly.ReportAssembly;
import vn.trienkhai.reporting.store.FinalReports;
import vn.trienkhai.rollout.HistoricRollouts;
import vn.trienkhai.system.EngineClock;

/**
 * The demo's finished reporting: a historic rollout of the Ái Quốc plan (dated 16/06/2025, marked by
 * {@code started_by = 'demo-history'}) with three sent rounds, Quý III/2025, Quý II/2026 and Quý III/2026, written
 * through the reporting services. In Quý III/2026 every unit reports but Tổ dân phố số 9, two units late; its DRAFT
 * and FINAL reports are generated, so the lead office can download them at once. Runs after the live demo rollout,
 * once.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "trienkhai.demo.enabled", havingValue = "true")
class DemoReportRounds implements ApplicationRunner {

    static final String MARK = "demo-history";
    static final LocalDate ROLLOUT_DATE = LocalDate.of(2025, 6, 16);
    static final String LEAD_OFFICER = "aq-pktht.canbo";
    static final String LEADER = "aq-ubnd.truong";
    private static final String MISSING = "AQ-TDP09";
    private static final Set<String> LATE = Set.of("AQ-HND", "AQ-TDP07");
    private static final Logger log = LoggerFactory.getLogger(DemoReportRounds.class);

    private final PlanRepository plans;
    private final HistoricRollouts history;
    private final ReportingCalendar calendar;
    private final RoundOpening opening;
    private final UnitReports reports;
    private final RoundConsolidation consolidation;
    private final RoundDecisions decisions;
    private final ReportAssembly assembly;
    private final FinalReports finals;
    private final ContinuousTaskStates taskStates;

    DemoReportRounds(PlanRepository plans, HistoricRollouts history, ReportingCalendar calendar, RoundOpening opening,
                     UnitReports reports, RoundConsolidation consolidation, RoundDecisions decisions,
                     ReportAssembly assembly, FinalReports finals, ContinuousTaskStates taskStates) {
        this.plans = plans;
        this.history = history;
        this.calendar = calendar;
        this.opening = opening;
        this.reports = reports;
        this.consolidation = consolidation;
        this.decisions = decisions;
        this.assembly = assembly;
        this.finals = finals;
        this.taskStates = taskStates;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Plan plan = plans.findAllForList().stream()
                .filter(p -> DemoReportFigures.DEMO_ISSUING_UNIT.equals(p.getIssuingUnit().getCode()))
                .findFirst().orElse(null);
        if (plan == null || history.recorded(plan.getId(), MARK)) {
            return;
        }
        long rolloutId = history.record(plan.getId(), ROLLOUT_DATE, EngineClock.now(), MARK);
        List<ReportingRound> all = calendar.rounds(plan.getReporting().every(), ROLLOUT_DATE, plan.getEndDate(),
                plan.getReporting().submitWorkingDays(), plan.getReporting().finalReview());
        round(plan, rolloutId, find(all, "Quý III/2025"), 1.2, false);
        round(plan, rolloutId, find(all, "Quý II/2026"), 0.9, false);
        long roundId = round(plan, rolloutId, find(all, "Quý III/2026"), 1.0, true);
        log.info("Demo reporting rounds of plan {} written; Quý III/2026 is round {}", plan.getId(), roundId);
    }

    private long round(Plan plan, long rolloutId, ReportingRound period, double factor, boolean withReport) {
        ReportRound round = opening.open(plan.getId(), rolloutId, period.sequence(), null,
                period.submissionDeadline().toInstant().minus(Duration.ofDays(6)));
        List<OrganisationUnit> units = plan.getParticipants().stream().map(PlanParticipant::getUnit).toList();
        for (int i = 0; i < units.size(); i++) {
            OrganisationUnit unit = units.get(i);
            if (withReport && MISSING.equals(unit.getCode())) {
                continue;
            }
            Instant at = submittedAt(period, withReport && LATE.contains(unit.getCode()), i);
            reports.submit(round.getId(), unit.getCode(), DemoReportFigures.content(unit, i, factor, withReport),
                    unit.getCamundaGroupId() + ".canbo", at);
            reports.review(round.getId(), unit.getCode(), null, LEAD_OFFICER, at.plus(Duration.ofHours(2)));
        }
        reportTaskStates(plan, rolloutId, period, factor);
        Instant consolidated = round.getConsolidationDeadline().plusSeconds(60);
        reports.recordMissing(round.getId(), units.stream().map(OrganisationUnit::getCode).toList());
        consolidation.consolidate(round.getId(), consolidated);
        if (withReport) {
            assembly.assemble(round.getId(), consolidated.plus(Duration.ofMinutes(1)));
        }
        Instant finalised = consolidated.plus(Duration.ofDays(1));
        decisions.finalise(round.getId(), null, LEAD_OFFICER, finalised);
        if (withReport) {
            // The demo's lead office keeps the generated draft, and says so, as the form asks it to.
            finals.keepDraftUnlessUploaded(round.getId(), LEAD_OFFICER, finalised, true);
        }
        decisions.approve(round.getId(), null, LEADER, finalised.plus(Duration.ofHours(3)));
        decisions.send(round.getId(), finalised.plus(Duration.ofHours(3)));
        return round.getId();
    }

    /** The plan's continuous tasks, each reported by its lead unit's officer the day before the submission deadline. */
    private void reportTaskStates(Plan plan, long rolloutId, ReportingRound period, double factor) {
        Instant at = submittedAt(period, false, 0);
        for (PlanTask task : plan.getTasks()) {
            String text = DemoTaskStates.of(task.getCode(), period.period().label(), factor);
            if (DeadlineText.parse(task.getDeadline()) instanceof DeadlineSpec.Continuous && !text.isEmpty()) {
                taskStates.record(rolloutId, task.getCode(), period.sequence(), text,
                        task.getLeadUnit().getCamundaGroupId() + ".canbo", at);
            }
        }
    }

    /** Office hours: one to three days before the deadline, or the day after it for a late unit. */
    private static Instant submittedAt(ReportingRound period, boolean late, int index) {
        var day = period.submissionDeadline().toLocalDate().plusDays(late ? 1 : -1 - index % 3);
        return day.atTime(8 + index % 8, 15 * (index % 4)).atZone(period.submissionDeadline().getZone()).toInstant();
    }

    private static ReportingRound find(List<ReportingRound> rounds, String label) {
        return rounds.stream().filter(r -> r.period().label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No round " + label + " from " + ROLLOUT_DATE));
    }
}
