package vn.trienkhai.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/**
 * Idempotent grants: one GRANT authorization per group, resource type and resource id, with
 * permissions added to it when missing. Calling a grant twice changes nothing.
 */
@Component
class AuthorizationGrants {

    static final int QUERY_CHUNK = 1_000;

    private final AuthorizationService authorizationService;

    AuthorizationGrants(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        grant(authorization, groupId, resource, resourceId, permissions);
    }

    /** {@link #grantGroup} for many groups, with one query per {@value #QUERY_CHUNK} groups. */
    void grantGroups(Collection<String> groupIds, Resource resource, String resourceId, Permission... permissions) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(groupIds));
        for (int from = 0; from < distinct.size(); from += QUERY_CHUNK) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + QUERY_CHUNK));
            Map<String, Authorization> existing = authorizationService.createAuthorizationQuery()
                    .authorizationType(Authorization.AUTH_TYPE_GRANT)
                    .groupIdIn(chunk.toArray(String[]::new))
                    .resourceType(resource)
                    .resourceId(resourceId)
                    .list().stream()
                    .collect(Collectors.toMap(Authorization::getGroupId, Function.identity(), (first, second) -> first));
            chunk.forEach(groupId -> grant(existing.get(groupId), groupId, resource, resourceId, permissions));
        }
    }

    private void grant(Authorization found, String groupId, Resource resource, String resourceId,
                       Permission... permissions) {
        Authorization authorization = found;
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
            return;
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }

    /** READ for every user ({@link Authorization#ANY}) through a global authorization. */
    void grantReadToEveryone(Resource resource, String resourceId, Permission permission) {
        long existing = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(resource)
                .resourceId(resourceId)
                .hasPermission(permission)
                .count();
        if (existing > 0) {
            return;
        }
        Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        authorization.setUserId(Authorization.ANY);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(permission);
        authorizationService.saveAuthorization(authorization);
    }
}
