package vn.trienkhai.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Counts the commands (API calls and job executions alike) that end in an
 * OptimisticLockingException, and those that fail otherwise, from an outermost interceptor.
 */
final class OptimisticLockingCounter extends AbstractProcessEnginePlugin {

    private final AtomicLong optimisticLocking = new AtomicLong();
    private final AtomicLong otherFailures = new AtomicLong();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        interceptors.add(new Counting());
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    long optimisticLocking() {
        return optimisticLocking.get();
    }

    long otherFailures() {
        return otherFailures.get();
    }

    private final class Counting extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (RuntimeException exception) {
                (causedByOptimisticLocking(exception) ? optimisticLocking : otherFailures).incrementAndGet();
                throw exception;
            }
        }

        private boolean causedByOptimisticLocking(Throwable exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockingException) {
                    return true;
                }
            }
            return false;
        }
    }
}
