package vn.trienkhai.tasklist;

import java.time.ZoneId;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Registers {@link TaskSubjectParseListener} before the models are deployed. */
@Component
class TaskSubjectPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TaskSubjects> subjects;
    private final ZoneId zone;

    TaskSubjectPlugin(ObjectProvider<TaskSubjects> subjects, ZoneId zone) {
        this.subjects = subjects;
        this.zone = zone;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new TaskSubjectParseListener(
                new TaskSubjectListener(subjects::getObject, zone)));
    }
}
