package vn.trienkhai.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a task listener throws in a generic exception; this outermost
 * interceptor (outside the transaction, so after the rollback) hands a form refusal to the
 * caller as it was thrown, so that {@code /engine-rest} answers 400 with its message.
 */
@Component
public class FormRefusalPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreCommandInterceptorsTxRequired(withUnwrapping(
                configuration.getCustomPreCommandInterceptorsTxRequired()));
    }

    private static List<CommandInterceptor> withUnwrapping(List<CommandInterceptor> existing) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        interceptors.add(new Unwrapping());
        if (existing != null) {
            interceptors.addAll(existing);
        }
        return interceptors;
    }

    static final class Unwrapping extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException exception) {
                for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                    if (cause instanceof FormRefusedException) {
                        throw (FormRefusedException) cause;
                    }
                }
                throw exception;
            }
        }
    }
}
