package vn.trienkhai.reporting.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The trích yếu under "BÁO CÁO", broken where the sense breaks: a clerk sets it as phrases ("Kết quả thực hiện Kế
 * hoạch số 12/KH-UBND" / "triển khai Chỉ thị số 08-CT/TU quý III/2026"), never "Chỉ thị số" at the end of one line
 * and "08-CT/TU" on the next. A phrase starts at "Kết quả", "Tình hình", "triển khai", "thực hiện" (not right after
 * "Kết quả", "Tình hình", "triển khai"), "về", "của", "trên địa bàn", and at the period ("quý III/2026", "6 tháng đầu năm 2026",
 * "tháng 9/2026", "năm 2026", "giai đoạn …"). The fewest lines that hold it; among those, the most even
 * (the longest line as short as it can be), as a centred title is set. Only a phrase wider than a line is broken
 * inside, between words.
 */
final class SubjectLines {

    private static final Locale VI = Locale.forLanguageTag("vi");
    /** Words (lower case) that open a phrase; two-word openers are matched on the pair. */
    private static final List<String> OPENERS = List.of("kết quả", "tình hình", "triển khai", "thực hiện", "về", "của",
            "trên địa bàn", "giai đoạn");
    private static final Pattern PERIOD = Pattern.compile(
            "(?iu)^(quý [IVX]+/\\d{4}|tháng \\d{1,2}/\\d{4}|năm \\d{4}|\\d{1,2} tháng( đầu| cuối)? năm \\d{4}).*");
    /** Room kept for the rounding of a face's metrics between the measure here and the writer's. */
    private static final float SLACK_PT = 2;
    /** More phrases than this are set greedily: the search over every way of breaking grows as 2^n. */
    private static final int MAX_SEARCHED = 16;

    private SubjectLines() {
    }

    /** The lines of {@code subject} (one line of text) set bold at {@code size} in {@code width} points. */
    static List<String> of(String subject, float width, float size) {
        String text = subject.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return List.of();
        }
        float room = width - SLACK_PT;
        List<String> phrases = new ArrayList<>();
        for (String phrase : phrases(text)) {
            if (width(phrase, size) <= room) {
                phrases.add(phrase);
            } else {
                phrases.addAll(byWords(phrase, room, size));
            }
        }
        return phrases.size() > MAX_SEARCHED ? greedy(phrases, room, size) : fewestAndEven(phrases, room, size);
    }

    /** The phrases of the text, each starting at an opener or the period (the first at the start). */
    static List<String> phrases(String text) {
        String[] words = text.split(" ");
        List<String> phrases = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inPeriod = false;
        for (int i = 0; i < words.length; i++) {
            if (i > 0 && !inPeriod && opens(words, i)) {
                inPeriod = isPeriod(words, i);
                phrases.add(current.toString());
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(words[i]);
        }
        phrases.add(current.toString());
        return phrases;
    }

    /** The period closes the trích yếu: nothing inside it opens a phrase ("6 tháng đầu năm 2026"). */
    private static boolean isPeriod(String[] words, int i) {
        return PERIOD.matcher(String.join(" ", List.of(words).subList(i, words.length))).matches();
    }

    private static boolean opens(String[] words, int i) {
        if (isPeriod(words, i)) {
            return true;
        }
        String rest = String.join(" ", List.of(words).subList(i, words.length));
        String restLower = rest.toLowerCase(VI);
        for (String opener : OPENERS) {
            if (restLower.equals(opener) || restLower.startsWith(opener + " ")) {
                return !(opener.equals("thực hiện") && i >= 2 && isVerbHead(words[i - 2] + " " + words[i - 1]));
            }
        }
        return false;
    }

    /** "Kết quả thực hiện", "Tình hình thực hiện", "triển khai thực hiện": one phrase, not two. */
    private static boolean isVerbHead(String twoWords) {
        String lower = twoWords.toLowerCase(VI);
        return lower.equals("kết quả") || lower.equals("tình hình") || lower.equals("triển khai");
    }

    /** Every way of joining consecutive phrases into lines that fit: the fewest lines, then the most even. */
    private static List<String> fewestAndEven(List<String> phrases, float room, float size) {
        int gaps = phrases.size() - 1;
        List<String> best = null;
        float bestLongest = Float.MAX_VALUE;
        for (int mask = 0; mask < (1 << gaps); mask++) {
            List<String> lines = join(phrases, mask);
            float longest = 0;
            boolean fits = true;
            for (String line : lines) {
                float lineWidth = width(line, size);
                fits &= lineWidth <= room;
                longest = Math.max(longest, lineWidth);
            }
            if (!fits) {
                continue;
            }
            if (best == null || lines.size() < best.size()
                    || (lines.size() == best.size() && longest < bestLongest)) {
                best = lines;
                bestLongest = longest;
            }
        }
        return best;
    }

    /** The phrases joined into lines, a line break in each gap whose bit is set. */
    private static List<String> join(List<String> phrases, int breaks) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(phrases.get(0));
        for (int i = 1; i < phrases.size(); i++) {
            if ((breaks & (1 << (i - 1))) != 0) {
                lines.add(line.toString());
                line.setLength(0);
            } else {
                line.append(' ');
            }
            line.append(phrases.get(i));
        }
        lines.add(line.toString());
        return lines;
    }

    private static List<String> greedy(List<String> pieces, float room, float size) {
        List<String> lines = new ArrayList<>();
        String line = null;
        for (String piece : pieces) {
            String longer = line == null ? piece : line + " " + piece;
            if (line != null && width(longer, size) > room) {
                lines.add(line);
                line = piece;
            } else {
                line = longer;
            }
        }
        lines.add(line);
        return lines;
    }

    private static List<String> byWords(String phrase, float room, float size) {
        return greedy(List.of(phrase.split(" ")), room, size);
    }

    private static float width(String text, float size) {
        return TextWidths.width(text, FontStyle.BOLD, size);
    }
}
