package vn.trienkhai.security;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasks created before historic instance permissions were turned on ({@link IdentityEnginePlugin})
 * have READ on the task for their unit but none on its history, so Tasklist's comments and history
 * would still say «No task found» for them. At every start, each grant on an open task without its
 * history counterpart gets one (READ on HISTORIC_TASK, for the same user or group). Idempotent.
 */
@Component
@Order(6)
class HistoricTaskGrants implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HistoricTaskGrants.class);

    private record Grantee(String taskId, String userId, String groupId) {

        static Grantee of(Authorization grant) {
            return new Grantee(grant.getResourceId(), grant.getUserId(), grant.getGroupId());
        }
    }

    private final AuthorizationService authorizations;
    private final HistoryService history;

    HistoricTaskGrants(AuthorizationService authorizations, HistoryService history) {
        this.authorizations = authorizations;
        this.history = history;
    }

    @Override
    public void run(ApplicationArguments args) {
        Set<Grantee> historic = grants(Resources.HISTORIC_TASK.resourceType()).stream()
                .map(Grantee::of).collect(Collectors.toCollection(HashSet::new));
        List<Grantee> missing = grants(Resources.TASK.resourceType()).stream()
                .filter(grant -> grant.isPermissionGranted(Permissions.READ))
                .map(Grantee::of)
                .filter(grantee -> !Authorization.ANY.equals(grantee.taskId()) && historic.add(grantee))
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        Map<String, String> roots = rootInstancesOfOpenTasks();
        int granted = 0;
        for (Grantee grantee : missing) {
            try {
                authorizations.saveAuthorization(historicRead(grantee, roots.get(grantee.taskId())));
                granted++;
            } catch (ProcessEngineException raced) {
                log.debug("History grant on task {} written by another node", grantee.taskId());
            }
        }
        log.info("Granted READ on the history of {} open task(s) to their unit or assignee", granted);
    }

    private List<Authorization> grants(int resourceType) {
        return authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(resourceType).list();
    }

    private Map<String, String> rootInstancesOfOpenTasks() {
        return history.createHistoricTaskInstanceQuery().unfinished().list().stream()
                .filter(task -> task.getRootProcessInstanceId() != null)
                .collect(Collectors.toMap(HistoricTaskInstance::getId, HistoricTaskInstance::getRootProcessInstanceId,
                        (first, same) -> first));
    }

    private Authorization historicRead(Grantee grantee, String rootProcessInstanceId) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setResource(Resources.HISTORIC_TASK);
        grant.setResourceId(grantee.taskId());
        grant.setUserId(grantee.userId());
        grant.setGroupId(grantee.groupId());
        grant.addPermission(HistoricTaskPermissions.READ);
        if (grant instanceof AuthorizationEntity entity) {
            entity.setRootProcessInstanceId(rootProcessInstanceId);
        }
        return grant;
    }
}
