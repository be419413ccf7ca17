package vn.trienkhai.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.springframework.web.util.UriUtils;

/** Reduces a raw request path to one canonical spelling, so that path rules cannot be dodged. */
final class RequestPaths {

    private static final int MAX_DECODING_ROUNDS = 5;

    private RequestPaths() {
    }

    /**
     * Percent-decodes until stable, turns backslashes into slashes, drops path parameters
     * ({@code ;jsessionid=...}), empty and {@code .} segments, resolves {@code ..} and lowercases.
     */
    static String normalise(String rawPath) {
        String path = decodeFully(rawPath == null ? "" : rawPath).replace('\\', '/');
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            String name = stripParameters(segment);
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(name);
            }
        }
        return "/" + String.join("/", segments).toLowerCase(Locale.ROOT);
    }

    /** Whether the normalised path is {@code prefix} itself or lies below it. */
    static boolean isAtOrBelow(String rawPath, String prefix) {
        String path = normalise(rawPath);
        String base = normalise(prefix);
        return path.equals(base) || path.startsWith(base + "/");
    }

    private static String decodeFully(String path) {
        String current = path;
        for (int round = 0; round < MAX_DECODING_ROUNDS && current.indexOf('%') >= 0; round++) {
            try {
                current = UriUtils.decode(current, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return current;
            }
        }
        return current;
    }

    private static String stripParameters(String segment) {
        int semicolon = segment.indexOf(';');
        return semicolon < 0 ? segment : segment.substring(0, semicolon);
    }
}
