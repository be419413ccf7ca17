package vn.trienkhai.system;

/** One problem with one field of a submitted document, e.g. {@code tasks[2].deadline}. */
public record FieldError(String field, String message) {
}
