package vn.trienkhai.reporting.store;

/** An uploaded file above the configured limit. HTTP 413. */
class UploadTooLargeException extends RuntimeException {

    UploadTooLargeException(String message) {
        super(message);
    }
}
