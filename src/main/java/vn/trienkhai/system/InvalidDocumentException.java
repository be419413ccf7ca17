package vn.trienkhai.system;

import java.util.List;

/** A submitted document was refused; every offending field is listed. Answered as HTTP 400. */
public class InvalidDocumentException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidDocumentException(List<FieldError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public InvalidDocumentException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        StringBuilder text = new StringBuilder(errors.size() + " invalid field(s):");
        errors.forEach(error -> text.append(' ').append(error.field()).append(" (").append(error.message()).append(')'));
        return text.toString();
    }
}
