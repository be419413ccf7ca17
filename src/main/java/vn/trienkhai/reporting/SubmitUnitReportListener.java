package vn.trienkhai.reporting;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.trienkhai.plan.PlanMetric;
import vn.trienkhai.system.EngineClock;
import vn.trienkhai.tasklist.ReturnMarker;

/**
 * On create, fills the unit report form (the plan's metrics, and after a return the figures sent
 * before with the lead office's reason); on complete, validates it and stores the report.
 */
@Component
class SubmitUnitReportListener implements TaskListener {

    private final UnitReports reports;

    SubmitUnitReportListener(UnitReports reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        long roundId = EngineContext.roundId(task);
        String unitCode = EngineContext.unitCode(task);
        List<PlanMetric> metrics = reports.metricsOf(roundId);
        if (EngineContext.isCreate(task)) {
            UnitReport previous = reports.find(roundId, unitCode).orElse(null);
            task.getExecution().setVariablesLocal(UnitReportForm.prefill(metrics, previous));
            if (previous != null && previous.getStatus() == UnitReportStatus.RETURNED) {
                ReturnMarker.mark(task);
            }
        } else {
            UnitReportContent content = UnitReportForm.read(task, metrics);
            reports.submit(roundId, unitCode, content, EngineContext.userId(task), EngineClock.now());
        }
    }
}
