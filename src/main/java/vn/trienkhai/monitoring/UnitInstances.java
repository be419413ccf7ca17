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
 * The unit-implementation instance of each unit in a rollout and its cascades, for the links into Cockpit: the
 * unit-implementation instances under the top rollout's instance (their root), each belonging to the rollout that
 * called it (its super instance), matched on their {@code unitCode} variable. Three history queries for the whole
 * tree, however many rollouts it has, run without the engine's authorization check: only the plan's readers
 * ({@link PlanReaders}) get here, and nobody but administrators reads history in the engine (docs/security.md).
 */
@Component
class UnitInstances {

    static final int IDS_PER_QUERY = 5_000;

    private final HistoryService history;
    private final CommandExecutor commands;

    UnitInstances(HistoryService history, ProcessEngine engine) {
        this.history = history;
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    /** Rollout instance id → (unit code → process instance id), for the tree under {@code topRolloutInstanceId}. */
    Map<String, Map<String, String>> of(String topRolloutInstanceId) {
        return commands.execute(context -> context.runWithoutAuthorization(() -> query(topRolloutInstanceId)));
    }

    /**
     * Unit code → process instance id for the units of one rollout only (those a page shows): the instances its
     * rollout instance called, then their {@code unitCode} variables, one statement each.
     */
    Map<String, String> ofRollout(String rolloutInstanceId) {
        if (rolloutInstanceId == null) {
            return Map.of();
        }
        return commands.execute(context -> context.runWithoutAuthorization(() -> queryRollout(rolloutInstanceId)));
    }

    private Map<String, String> queryRollout(String rolloutInstanceId) {
        List<String> ids = history.createHistoricProcessInstanceQuery().superProcessInstanceId(rolloutInstanceId)
                .processDefinitionKey(UnitImplementationProcess.KEY).list().stream()
                .map(HistoricProcessInstance::getId).toList();
        Map<String, String> byUnit = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> slice = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(slice.toArray(String[]::new))
                    .variableName(UnitImplementationProcess.UNIT_CODE).list()) {
                if (variable.getValue() instanceof String code) {
                    byUnit.putIfAbsent(code, variable.getProcessInstanceId());
                }
            }
        }
        return byUnit;
    }

    private Map<String, Map<String, String>> query(String topRolloutInstanceId) {
        Map<String, Map<String, String>> byRollout = new HashMap<>();
        if (topRolloutInstanceId == null) {
            return byRollout;
        }
        HistoricProcessInstance top = history.createHistoricProcessInstanceQuery()
                .processInstanceId(topRolloutInstanceId).singleResult();
        if (top == null) {
            return byRollout;
        }
        String root = top.getRootProcessInstanceId() == null ? top.getId() : top.getRootProcessInstanceId();
        Map<String, String> rolloutOf = new HashMap<>();
        history.createHistoricProcessInstanceQuery().rootProcessInstanceId(root)
                .processDefinitionKey(UnitImplementationProcess.KEY).list()
                .forEach(instance -> rolloutOf.put(instance.getId(), instance.getSuperProcessInstanceId()));
        if (rolloutOf.isEmpty()) {
            return byRollout;
        }
        List<String> ids = List.copyOf(rolloutOf.keySet());
        // in slices: a city-wide cascade can pass the JDBC driver's limit of 32,767 parameters in one statement
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> slice = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(slice.toArray(String[]::new))
                    .variableName(UnitImplementationProcess.UNIT_CODE).list()) {
                String rollout = rolloutOf.get(variable.getProcessInstanceId());
                if (rollout != null && variable.getValue() instanceof String code) {
                    byRollout.computeIfAbsent(rollout, id -> new HashMap<>())
                            .putIfAbsent(code, variable.getProcessInstanceId());
                }
            }
        }
        return byRollout;
    }
}
