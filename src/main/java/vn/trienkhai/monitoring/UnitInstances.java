package vn.trienkhai.monitoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;
import vn.trienkhai.rollout.UnitImplementationProcess;

/**
 * The unit-implementation instance of each unit in a rollout, for the links into Cockpit: the
 * instances called by the rollout's instance, matched on their {@code unitCode} variable. Two
 * history queries per rollout, run without the engine's authorization check: only the plan's
 * readers ({@link PlanReaders}) get here, and nobody but administrators reads history in the
 * engine (docs/security.md).
 */
@Component
class UnitInstances {

    private final HistoryService history;
    private final CommandExecutor commands;

    UnitInstances(HistoryService history, ProcessEngine engine) {
        this.history = history;
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    /** Unit code → process instance id. */
    Map<String, String> of(String rolloutInstanceId) {
        return commands.execute(context -> context.runWithoutAuthorization(() -> query(rolloutInstanceId)));
    }

    private Map<String, String> query(String rolloutInstanceId) {
        Map<String, String> byUnit = new HashMap<>();
        if (rolloutInstanceId == null) {
            return byUnit;
        }
        List<String> ids = history.createHistoricProcessInstanceQuery()
                .superProcessInstanceId(rolloutInstanceId)
                .processDefinitionKey(UnitImplementationProcess.KEY)
                .list().stream().map(HistoricProcessInstance::getId).toList();
        if (ids.isEmpty()) {
            return byUnit;
        }
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(ids.toArray(String[]::new))
                .variableName(UnitImplementationProcess.UNIT_CODE).list()) {
            if (variable.getValue() instanceof String code) {
                byUnit.putIfAbsent(code, variable.getProcessInstanceId());
            }
        }
        return byUnit;
    }
}
