package vn.trienkhai.security;

import java.util.List;

/**
 * Who an {@code /api} request was authenticated as, with what the engine needs to check it, and
 * how: the browser sends the webapp session by itself, so only that way needs a CSRF token.
 */
record ApiIdentity(String userId, List<String> groupIds, List<String> tenantIds, Source source) {

    /** How the request proved who it is. */
    enum Source {
        /** An {@code Authorization: Basic} header, checked against Camunda's users. */
        BASIC,
        /** The session cookie of a user logged in to the Camunda webapps. */
        WEBAPP_SESSION
    }

    ApiIdentity {
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
        tenantIds = tenantIds == null ? List.of() : List.copyOf(tenantIds);
    }

    CurrentUser toCurrentUser() {
        return new CurrentUser(userId, groupIds);
    }
}
