package vn.trienkhai.system;

/** The requested resource does not exist (or the caller may not know it does). HTTP 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
