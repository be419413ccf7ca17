package vn.trienkhai.webapp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a webapp locale file as a flat map of paths to leaves, and the parts a translation keeps. */
final class LocaleJson {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|\\{}|%[ds]");
    private static final Pattern HTML_TAG = Pattern.compile("</?(?:a|br|b|strong|em|code|p|span)\\b[^>]*>");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** moment.js format tokens (LT, DD/MM/YYYY, dddd...) are not words to translate. */
    private static final Pattern DATE_TOKEN = Pattern.compile("L{1,4}|LT|LTS|D{1,4}|d{1,4}|M{1,4}|Y{2,4}|H{1,2}|h{1,2}|m{1,2}|s{1,2}");

    private LocaleJson() {
    }

    /** Every leaf under a path such as {@code labels.SAVE} or {@code dateLocales.months[0]}. */
    static Map<String, JsonNode> leaves(JsonNode root) {
        Map<String, JsonNode> leaves = new TreeMap<>();
        collect(root, "", leaves);
        return leaves;
    }

    static List<String> placeholders(String text) {
        return matches(PLACEHOLDER, text);
    }

    static List<String> htmlTags(String text) {
        return matches(HTML_TAG, text);
    }

    /** Whether an English text holds a word a Vietnamese reader would need translated. */
    static boolean hasWords(String english) {
        String text = HTML_TAG.matcher(PLACEHOLDER.matcher(english).replaceAll(" ")).replaceAll(" ")
                .replaceAll("\\[[^]]*]", " ");
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            if (!DATE_TOKEN.matcher(words.group()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static void collect(JsonNode node, String path, Map<String, JsonNode> leaves) {
        if (node.isObject()) {
            node.properties().forEach(field -> collect(field.getValue(),
                    path.isEmpty() ? field.getKey() : path + "." + field.getKey(), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", leaves);
            }
        } else {
            leaves.put(path, node);
        }
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        found.sort(null);
        return found;
    }
}
