package vn.trienkhai.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.trienkhai.system.EngineClock;

/** Records the approved report's sending to the plan's recipients and mails it through {@link ReportMailer}. */
@Component
class SendReportDelegate implements JavaDelegate {

    private final ReportDispatch dispatch;

    SendReportDelegate(ReportDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dispatch.send(EngineContext.roundId(execution), EngineClock.now());
    }
}
