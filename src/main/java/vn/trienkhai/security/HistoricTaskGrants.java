package vn.trienkhai.security;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
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

    /*
     * One anti-join in the database instead of reading every grant into memory: a large city has hundreds of
     * thousands of open tasks, each with its grants, and every node runs this at every start. Only the grants still
     * missing (none, once the first start after the upgrade has run) come back, with their task's root instance.
     */
    private static final String MISSING = """
            select g.resource_id_, g.user_id_, g.group_id_, e.root_proc_inst_id_
            from act_ru_authorization g
            join act_ru_task t on t.id_ = g.resource_id_
            left join act_ru_execution e on e.id_ = t.proc_inst_id_
            where g.type_ = ? and g.resource_type_ = ? and g.perms_ & ? = ?
              and not exists (select 1 from act_ru_authorization h
                              where h.type_ = g.type_ and h.resource_type_ = ? and h.resource_id_ = g.resource_id_
                                and h.user_id_ is not distinct from g.user_id_
                                and h.group_id_ is not distinct from g.group_id_)
            """;

    private record Grantee(String taskId, String userId, String groupId, String rootProcessInstanceId) {
    }

    private final AuthorizationService authorizations;
    private final JdbcTemplate jdbc;

    HistoricTaskGrants(AuthorizationService authorizations, JdbcTemplate jdbc) {
        this.authorizations = authorizations;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        int read = Permissions.READ.getValue();
        List<Grantee> missing = jdbc.query(MISSING, (row, index) -> new Grantee(row.getString(1), row.getString(2),
                        row.getString(3), row.getString(4)), Authorization.AUTH_TYPE_GRANT,
                Resources.TASK.resourceType(), read, read, Resources.HISTORIC_TASK.resourceType());
        if (missing.isEmpty()) {
            return;
        }
        int granted = 0;
        for (Grantee grantee : missing) {
            try {
                authorizations.saveAuthorization(historicRead(grantee));
                granted++;
            } catch (ProcessEngineException raced) {
                log.debug("History grant on task {} written by another node", grantee.taskId());
            }
        }
        log.info("Granted READ on the history of {} open task(s) to their unit or assignee", granted);
    }

    private Authorization historicRead(Grantee grantee) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setResource(Resources.HISTORIC_TASK);
        grant.setResourceId(grantee.taskId());
        grant.setUserId(grantee.userId());
        grant.setGroupId(grantee.groupId());
        grant.addPermission(HistoricTaskPermissions.READ);
        if (grant instanceof AuthorizationEntity entity) {
            entity.setRootProcessInstanceId(grantee.rootProcessInstanceId());
        }
        return grant;
    }
}
