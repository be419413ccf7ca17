package vn.trienkhai.security;

/**
 * A process that the officers of every unit may start from Tasklist (an extension request, a plan draft): the
 * feature that owns it declares it as a bean, and {@link EveryUnitStartGrants} grants it to each unit's group.
 */
public interface EveryUnitStarts {

    String processDefinitionKey();
}
