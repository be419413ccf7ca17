package vn.trienkhai.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the approved report's sending to the plan's recipients (the mail comes with the outbox). */
@Component
class SendReportDelegate implements JavaDelegate {

    private final RoundDecisions decisions;

    SendReportDelegate(RoundDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        decisions.send(EngineContext.roundId(execution), EngineContext.now());
    }
}
