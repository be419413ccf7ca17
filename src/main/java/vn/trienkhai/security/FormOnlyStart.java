package vn.trienkhai.security;

/**
 * A process that starts only from its start form, with its fields, never by a generic start. The
 * feature that owns the process declares it as a bean; the engine guard collects them.
 */
public record FormOnlyStart(String processKey) {
}
