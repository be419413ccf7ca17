package vn.trienkhai.system;

/** The request is valid but clashes with the current state (a second rollout, a duplicate). HTTP 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
