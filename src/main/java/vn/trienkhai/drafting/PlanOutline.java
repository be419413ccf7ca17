package vn.trienkhai.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan's text cut on its numbering: the heading part, the sections (I., II., ...), their
 * numbered items (1., 2.1., a)) with the bullets and paragraphs under each, and the closing part
 * from "Nơi nhận" on. A paragraph broken by a page ("quản trị" / "viên các trang") is joined again.
 */
final class PlanOutline {

    /** A numbered item: "2.1" in section "II", its own line and what stands under it up to the next number. */
    record Item(String section, String number, String text, List<String> body) {
        int depth() {
            return number.split("\\.").length;
        }
    }

    record Section(String numeral, String title, List<Item> items, List<String> loose) {
    }

    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})[.)]\\s+(.+)$");
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){1,3})[.)]?\\s+(\\S.*)$|^(\\d{1,2})[.)]\\s+(\\S.*)$");
    private static final Pattern LETTER = Pattern.compile("^([a-zđ])[).]\\s+(.+)$");
    private static final Pattern BULLET = Pattern.compile("^[-–—+•*●▪]\\s*(.+)$");
    private static final Pattern CLOSING = Pattern.compile("^(\\*|_)*N[ơo]i nh[ậa]n\\s*:?.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.;:!?”\")]\\s*$");

    private final List<String> head = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<String> closing = new ArrayList<>();

    static PlanOutline read(String text) {
        PlanOutline outline = new PlanOutline();
        outline.parse(joinBrokenParagraphs(text));
        return outline;
    }

    List<String> head() {
        return head;
    }

    List<Section> sections() {
        return sections;
    }

    List<String> closing() {
        return closing;
    }

    private void parse(List<String> paragraphs) {
        Section section = null;
        Item item = null;
        String letterParent = null;
        boolean closed = false;
        for (String paragraph : paragraphs) {
            if (closed || CLOSING.matcher(paragraph).matches()) {
                closed = true;
                closing.add(paragraph);
                continue;
            }
            Matcher roman = ROMAN.matcher(paragraph);
            Matcher number = NUMBER.matcher(paragraph);
            Matcher letter = LETTER.matcher(paragraph);
            if (roman.matches() && roman.group(2).equals(roman.group(2).toUpperCase())) {
                section = new Section(roman.group(1), roman.group(2).strip(), new ArrayList<>(), new ArrayList<>());
                sections.add(section);
                item = null;
            } else if (section == null) {
                head.add(paragraph);
            } else if (number.matches()) {
                letterParent = number.group(1) != null ? number.group(1) : number.group(3);
                String rest = number.group(1) != null ? number.group(2) : number.group(4);
                item = new Item(section.numeral(), letterParent, rest.strip(), new ArrayList<>());
                section.items().add(item);
            } else if (letter.matches() && letterParent != null) {
                item = new Item(section.numeral(), letterParent + "." + letter.group(1), letter.group(2).strip(),
                        new ArrayList<>());
                section.items().add(item);
            } else if (item != null) {
                item.body().add(paragraph);
            } else {
                section.loose().add(paragraph);
            }
        }
    }

    /** Whether another item of the section stands under this one (2.1 under 2, 1.a under 1). */
    static boolean hasChildren(Section section, Item item) {
        return section.items().stream().anyMatch(other -> other.number().startsWith(item.number() + "."));
    }

    static List<String> joinBrokenParagraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String raw : Folding.nfc(text).replace("\r", "").split("\n")) {
            String line = raw.replace('\u00a0', ' ').strip();
            if (line.isEmpty()) {
                continue;
            }
            int last = paragraphs.size() - 1;
            if (last >= 0 && continuesPrevious(paragraphs.get(last), line)) {
                paragraphs.set(last, paragraphs.get(last) + " " + line);
            } else {
                paragraphs.add(line);
            }
        }
        return paragraphs;
    }

    private static boolean continuesPrevious(String previous, String line) {
        return Character.isLowerCase(line.codePointAt(0)) && !ENDS_SENTENCE.matcher(previous).matches()
                && !LETTER.matcher(line).matches();
    }

    static String stripBullet(String paragraph) {
        Matcher bullet = BULLET.matcher(paragraph);
        return bullet.matches() ? bullet.group(1).strip() : paragraph;
    }

    static boolean isBullet(String paragraph) {
        return BULLET.matcher(paragraph).matches();
    }
}
