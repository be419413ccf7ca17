package vn.trienkhai.system;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A submitted form broke one of its rules. It is the engine's own form validation type because
 * that is what {@code /engine-rest} answers with 400 on a task completion; any other engine
 * exception (BadUserRequestException included) becomes a 500 there.
 */
public class FormRefusedException extends FormFieldValidationException {

    private static final long serialVersionUID = 1L;

    public FormRefusedException(String field, String message) {
        super(field, message);
    }
}
