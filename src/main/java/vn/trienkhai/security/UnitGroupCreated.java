package vn.trienkhai.security;

/**
 * A unit's Camunda group was just created (a unit added to the organisation tree, at start-up or through
 * the API): features that let every unit start one of their processes grant it then, not at the next start.
 */
public record UnitGroupCreated(String groupId) {
}
