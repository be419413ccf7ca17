package vn.trienkhai.rollout;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** What the plan-rollout model asks for in its expressions: {@code ${planRollout.…}}. */
@Component("planRollout")
public class PlanRolloutExpressions {

    private final RolloutDirectory directory;
    private final RolloutRounds rounds;
    private final RolloutService rollouts;

    PlanRolloutExpressions(RolloutDirectory directory, RolloutRounds rounds, RolloutService rollouts) {
        this.directory = directory;
        this.rounds = rounds;
        this.rollouts = rollouts;
    }

    /** The multi-instance collection: one unit-implementation per participating unit. */
    public List<String> unitCodes(Long rolloutId) {
        return directory.participantCodesOf(directory.rollout(rolloutId));
    }

    /** The timer date of round {@code roundSequence}. */
    public Date roundOpens(Long rolloutId, Integer roundSequence) {
        return rounds.opensAt(directory.rollout(rolloutId), roundSequence);
    }

    /** End listener of a reporting round: the loop moves on to the next round. */
    public void nextRound(DelegateExecution execution) {
        Integer sequence = (Integer) execution.getVariable(PlanRolloutProcess.ROUND_SEQUENCE);
        execution.setVariable(PlanRolloutProcess.ROUND_SEQUENCE, sequence + 1);
    }

    /** End listener of the process. */
    public void completed(Long rolloutId) {
        rollouts.complete(rolloutId);
    }
}
