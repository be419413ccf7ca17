package vn.trienkhai.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.trienkhai.system.EngineClock;

/** Sums the round's figures into the application's tables. */
@Component
class ConsolidateRoundDelegate implements JavaDelegate {

    private final RoundConsolidation consolidation;

    ConsolidateRoundDelegate(RoundConsolidation consolidation) {
        this.consolidation = consolidation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        consolidation.consolidate(EngineContext.roundId(execution), EngineClock.now());
    }
}
