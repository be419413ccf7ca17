package vn.trienkhai.deadline;

/** A deadline or reporting setting that cannot be understood; the message is for the user, in Vietnamese. */
public class InvalidDeadlineException extends RuntimeException {

    public InvalidDeadlineException(String message) {
        super(message);
    }

    public InvalidDeadlineException(String message, Throwable cause) {
        super(message, cause);
    }
}
