package vn.trienkhai.notification;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.DefaultBpmnParseFactory;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Registers the parse listener that puts the reminder and escalation ladder on user tasks, and
 * the parse that gives the ladder's timers their job definitions.
 */
@Component
class TaskTimerPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<EscalationNotifier> notifier;

    TaskTimerPlugin(ObjectProvider<EscalationNotifier> notifier) {
        this.notifier = notifier;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new TaskTimerParseListener(notifier::getObject));
        if (configuration.getBpmnParseFactory() != null
                && !(configuration.getBpmnParseFactory() instanceof DefaultBpmnParseFactory)) {
            throw new IllegalStateException("Another BPMN parse factory is configured: "
                    + configuration.getBpmnParseFactory().getClass().getName());
        }
        configuration.setBpmnParseFactory(LadderBpmnParse::new);
    }
}
