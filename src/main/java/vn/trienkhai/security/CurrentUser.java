package vn.trienkhai.security;

import java.util.List;

/**
 * The user behind an {@code /api} request. Controllers declare it as a parameter; it is also a
 * request attribute for code that only has the request.
 */
public record CurrentUser(String userId, List<String> groupIds) {

    public static final String REQUEST_ATTRIBUTE = CurrentUser.class.getName();

    public CurrentUser {
        groupIds = List.copyOf(groupIds);
    }

    public boolean isMemberOf(String groupId) {
        return groupIds.contains(groupId);
    }
}
