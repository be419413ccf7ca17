package vn.trienkhai.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitRepository;
import vn.trienkhai.plan.PlanMetric;
import vn.trienkhai.plan.PlanRepository;

/** The units' reports of a round: submission, review by the lead office, and the missing ones. */
@Service
@Transactional
public class UnitReports {

    private final ReportRoundRepository rounds;
    private final UnitReportRepository reports;
    private final UnitRepository units;
    private final PlanRepository plans;

    UnitReports(ReportRoundRepository rounds, UnitReportRepository reports, UnitRepository units,
                PlanRepository plans) {
        this.rounds = rounds;
        this.reports = reports;
        this.units = units;
        this.plans = plans;
    }

    public List<PlanMetric> metricsOf(long roundId) {
        long planId = round(roundId).getPlanId();
        return plans.findById(planId).orElseThrow(() -> new IllegalStateException("No plan " + planId)).getMetrics();
    }

    public Optional<UnitReport> find(long roundId, String unitCode) {
        return reports.findByRoundIdAndUnitId(roundId, unit(unitCode).getId());
    }

    public UnitReport submit(long roundId, String unitCode, UnitReportContent content, String userId, Instant at) {
        ReportRound round = round(roundId);
        long unitId = unit(unitCode).getId();
        UnitReport report = reports.findByRoundIdAndUnitId(roundId, unitId)
                .orElseGet(() -> new UnitReport(roundId, unitId));
        report.submit(content, userId, at, round.getSubmissionDeadline());
        return reports.save(report);
    }

    public UnitReport review(long roundId, String unitCode, String returnReason, String userId, Instant at) {
        UnitReport report = find(roundId, unitCode)
                .orElseThrow(() -> new IllegalStateException("Unit " + unitCode + " has not reported in round " + roundId));
        if (returnReason == null) {
            report.accept(userId, at);
        } else {
            report.returnForRevision(returnReason, userId, at);
        }
        return report;
    }

    /**
     * At the consolidation deadline: a unit with no report, or whose report is still returned for
     * revision, is recorded as missing. Submitted reports not yet reviewed count as submitted.
     */
    public int recordMissing(long roundId, List<String> unitCodes) {
        int missing = 0;
        for (OrganisationUnit unit : units.findByCodeIn(unitCodes)) {
            Optional<UnitReport> report = reports.findByRoundIdAndUnitId(roundId, unit.getId());
            if (report.isEmpty()) {
                reports.save(UnitReport.missing(roundId, unit.getId()));
                missing++;
            } else if (report.get().getStatus() == UnitReportStatus.RETURNED) {
                report.get().markMissing();
                missing++;
            }
        }
        return missing;
    }

    private ReportRound round(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new IllegalStateException("No reporting round " + roundId));
    }

    private OrganisationUnit unit(String unitCode) {
        return units.findByCode(unitCode).orElseThrow(() -> new IllegalStateException("No unit " + unitCode));
    }
}
