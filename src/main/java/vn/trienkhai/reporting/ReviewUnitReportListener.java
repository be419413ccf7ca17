package vn.trienkhai.reporting;

import static vn.trienkhai.reporting.ReportingRoundProcess.DECISION;
import static vn.trienkhai.reporting.ReportingRoundProcess.DECISION_ACCEPT;
import static vn.trienkhai.reporting.ReportingRoundProcess.DECISION_RETURN;
import static vn.trienkhai.reporting.ReportingRoundProcess.RETURN_REASON;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.trienkhai.system.EngineClock;

/** The lead office's review of one unit's report: accept, or return with a reason the unit sees. */
@Component
class ReviewUnitReportListener implements TaskListener {

    static final int REASON_MAX = 2000;

    private final UnitReports reports;

    ReviewUnitReportListener(UnitReports reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        long roundId = EngineContext.roundId(task);
        String unitCode = EngineContext.unitCode(task);
        if (EngineContext.isCreate(task)) {
            UnitReport report = reports.find(roundId, unitCode).orElseThrow();
            Map<String, Object> form = new HashMap<>();
            form.put(DECISION, null);
            form.put(RETURN_REASON, null);
            form.put("reportSummary", ReportSummaries.unitReport(report, reports.metricsOf(roundId)));
            task.getExecution().setVariablesLocal(form);
            return;
        }
        String decision = FormRules.choice(task, DECISION, "Kết quả xem xét", DECISION_ACCEPT, DECISION_RETURN);
        String reason = DECISION_RETURN.equals(decision)
                ? FormRules.requiredText(task, RETURN_REASON, "Lý do trả lại", REASON_MAX)
                : null;
        reports.review(roundId, unitCode, reason, EngineContext.userId(task), EngineClock.now());
    }
}
