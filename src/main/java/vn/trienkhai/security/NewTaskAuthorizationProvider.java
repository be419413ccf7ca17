package vn.trienkhai.security;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import vn.trienkhai.system.TransactionScoped;

/**
 * The engine's task authorizations, minus two searches for a task being created in the current
 * command. Before writing a grant the engine looks for an existing one in the database, which a
 * new task cannot have, and among every grant cached in the command, to merge one written
 * earlier for the same task and user or group. A rollout creates 1,000 unit tasks in one command:
 * 1,000 queries and a search growing with every task. Now the database is not asked, and the
 * cache is searched only when the transaction already granted the same task to the same user or
 * group (a group listed twice, a candidate user who becomes the assignee).
 */
class NewTaskAuthorizationProvider extends DefaultAuthorizationProvider {

    private record Grantee(String taskId, String userId, String groupId, int resourceType) {
    }

    private final TransactionScoped<Set<Grantee>> granted = new TransactionScoped<>(HashSet::new);

    @Override
    protected AuthorizationEntity getGrantAuthorizationByGroupId(String groupId, Resource resource, String resourceId) {
        return isNewTask(resource, resourceId) ? null : super.getGrantAuthorizationByGroupId(groupId, resource, resourceId);
    }

    @Override
    protected AuthorizationEntity getGrantAuthorizationByUserId(String userId, Resource resource, String resourceId) {
        return isNewTask(resource, resourceId) ? null : super.getGrantAuthorizationByUserId(userId, resource, resourceId);
    }

    @Override
    protected void updateAuthorizationBasedOnCacheEntries(AuthorizationEntity authorization, String userId,
                                                          String groupId, Resource resource, String resourceId) {
        boolean first = isNewTask(resource, resourceId) && granted.get()
                .map(grantees -> grantees.add(new Grantee(resourceId, userId, groupId, resource.resourceType())))
                .orElse(false);
        if (!first) {
            super.updateAuthorizationBasedOnCacheEntries(authorization, userId, groupId, resource, resourceId);
        }
    }

    private static boolean isNewTask(Resource resource, String taskId) {
        CommandContext command = Context.getCommandContext();
        if (command == null || taskId == null
                || !(resource == Resources.TASK || resource == Resources.HISTORIC_TASK)) {
            return false;
        }
        DbEntityCache cache = command.getDbEntityManager().getDbEntityCache();
        TaskEntity task = cache.get(TaskEntity.class, taskId);
        return task != null && cache.isTransient(task);
    }
}
