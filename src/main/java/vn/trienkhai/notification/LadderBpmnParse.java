package vn.trienkhai.notification;

import java.util.Map;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * The engine's BPMN parse, plus a job definition for each ladder timer the parse listener added
 * to a user task, as the engine does for a timer declared in the model: the deployer creates the
 * definitions, the timers' jobs point at them, and Cockpit can suspend a step (its pending jobs
 * and the ones created later).
 */
final class LadderBpmnParse extends BpmnParse {

    LadderBpmnParse(BpmnParser parser) {
        super(parser);
    }

    @Override
    public ActivityImpl parseUserTask(Element userTaskElement, ScopeImpl scope) {
        ActivityImpl activity = super.parseUserTask(userTaskElement, scope);
        Map<String, TimerDeclarationImpl> timers = TimerDeclarationImpl
                .getTimeoutListenerDeclarationsForScope(activity.getEventScope()).get(activity.getId());
        if (timers != null) {
            timers.values().stream().filter(LadderTimerDeclaration.class::isInstance).forEach(timer ->
                    addJobDeclarationToProcessDefinition(timer, (ProcessDefinitionEntity) activity.getProcessDefinition()));
        }
        return activity;
    }
}
