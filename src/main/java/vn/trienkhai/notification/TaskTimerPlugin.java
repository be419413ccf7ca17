package vn.trienkhai.notification;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Registers the parse listener that puts the reminder and escalation ladder on user tasks. */
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
    }
}
