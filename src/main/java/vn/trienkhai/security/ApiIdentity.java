package vn.trienkhai.security;

import java.util.List;

/** Who an {@code /api} request was authenticated as, with what the engine needs to check it. */
record ApiIdentity(String userId, List<String> groupIds, List<String> tenantIds) {

    ApiIdentity {
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
        tenantIds = tenantIds == null ? List.of() : List.copyOf(tenantIds);
    }

    CurrentUser toCurrentUser() {
        return new CurrentUser(userId, groupIds);
    }
}
