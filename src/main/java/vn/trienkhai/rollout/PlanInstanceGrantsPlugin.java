package vn.trienkhai.rollout;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts {@link PlanInstanceGrants} on the start of every process as a built-in listener, so that it
 * runs after the model's own start listeners (the rollout's {@code planId} is set by then) and
 * also when a start skips custom listeners.
 */
@Component
class PlanInstanceGrantsPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<PlanInstanceGrants> grants;

    PlanInstanceGrantsPlugin(ObjectProvider<PlanInstanceGrants> grants) {
        this.grants = grants;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        ExecutionListener listener = execution -> grants.getObject().notify(execution);
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, listener);
            }
        });
    }
}
