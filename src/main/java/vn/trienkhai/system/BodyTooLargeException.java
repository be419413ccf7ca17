package vn.trienkhai.system;

import java.io.IOException;

/** A request body above the limit for its kind, found while reading it. HTTP 413. */
public class BodyTooLargeException extends IOException {

    private final long limitBytes;

    public BodyTooLargeException(long limitBytes) {
        super("Request body above " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
