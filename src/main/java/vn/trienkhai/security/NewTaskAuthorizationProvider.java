package vn.trienkhai.security;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The engine's task authorizations, without asking the database for the grant of a task that is
 * being created in this command: it cannot have one there yet. The engine looks a grant up per
 * candidate group before writing it, one query per task; a rollout creating 1,000 unit tasks in
 * one transaction made 1,000 such queries. Grants written earlier in the same command are still
 * merged by the engine from its entity cache, as before.
 */
class NewTaskAuthorizationProvider extends DefaultAuthorizationProvider {

    @Override
    protected AuthorizationEntity getGrantAuthorizationByGroupId(String groupId, Resource resource, String resourceId) {
        return isNewTask(resource, resourceId) ? null : super.getGrantAuthorizationByGroupId(groupId, resource, resourceId);
    }

    @Override
    protected AuthorizationEntity getGrantAuthorizationByUserId(String userId, Resource resource, String resourceId) {
        return isNewTask(resource, resourceId) ? null : super.getGrantAuthorizationByUserId(userId, resource, resourceId);
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
