package vn.trienkhai.rollout;

import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;

/** The application's {@link FormRefusalPlugin} for the models' engine (vn.trienkhai.ModelEngine). */
public final class FormRefusals {

    private FormRefusals() {
    }

    public static ProcessEnginePlugin plugin() {
        return new FormRefusalPlugin();
    }
}
