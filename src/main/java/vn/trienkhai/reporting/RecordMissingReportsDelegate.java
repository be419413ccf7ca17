package vn.trienkhai.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** At the consolidation deadline: the units that have not reported are recorded as missing. */
@Component
class RecordMissingReportsDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(RecordMissingReportsDelegate.class);

    private final UnitReports reports;
    private final ReportingRoundExpressions round;

    RecordMissingReportsDelegate(UnitReports reports, ReportingRoundExpressions round) {
        this.reports = reports;
        this.round = round;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long roundId = EngineContext.roundId(execution);
        int missing = reports.recordMissing(roundId, round.unitCodes(execution));
        log.info("Reporting round {}: {} units recorded as missing at the consolidation deadline", roundId, missing);
    }
}
