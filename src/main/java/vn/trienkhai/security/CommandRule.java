package vn.trienkhai.security;

import org.camunda.bpm.engine.impl.interceptor.Command;

/** One rule of {@link EngineCommandGuard}: throws when a non-administrator may not run the command. */
interface CommandRule {

    void check(Command<?> command, CurrentUser user);
}
