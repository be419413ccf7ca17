package vn.trienkhai.reporting.document;

import java.text.Normalizer;
import java.util.List;

/**
 * Makes text typed by people safe to put into a document: NFC, no control characters (newlines kept, tabs become
 * spaces), no characters XML 1.0 forbids, no bidirectional overrides that would reorder what a reader sees, and
 * no absurd lengths. What is left is printed as it is; markup stays visible text.
 */
final class SafeText {

    static final int MAX_TEXT = 20_000;
    static final int MAX_LINE = 1_000;
    private static final String ELLIPSIS = "…";

    private SafeText() {
    }

    /** A text that may span lines. */
    static String clean(String raw) {
        return clean(raw, MAX_TEXT);
    }

    /** A one-line text: a name, a label, a heading. */
    static String line(String raw) {
        return clean(raw, MAX_LINE).replace('\n', ' ');
    }

    static List<String> lines(String cleaned) {
        return List.of(cleaned.split("\n", -1));
    }

    static String clean(String raw, int maxCodePoints) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxCodePoints + 1));
        int kept = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (kept == maxCodePoints) {
                return out.toString().strip() + ELLIPSIS;
            }
            if (codePoint == '\t') {
                codePoint = ' ';
            }
            if (isAllowed(codePoint)) {
                out.appendCodePoint(codePoint);
                kept++;
            }
        }
        return out.toString().strip();
    }

    private static boolean isAllowed(int codePoint) {
        if (codePoint == '\n') {
            return true;
        }
        if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F)) {
            return false;
        }
        if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            return false;
        }
        if (codePoint == 0xFFFE || codePoint == 0xFFFF) {
            return false;
        }
        return !isBidiControl(codePoint);
    }

    private static boolean isBidiControl(int codePoint) {
        return codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F
                || (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }
}
