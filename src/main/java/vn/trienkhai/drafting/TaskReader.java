package vn.trienkhai.drafting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tasks of a plan: under its task sections ("Nhiệm vụ", "Giải pháp", "Tổ chức thực hiện",
 * "Phân công"), each numbered item that has no numbered item under it is a task, its bullets its
 * description; an item whose heading is only a unit's name gives each of its bullets to that unit;
 * an item that sets two deadlines in two sentences is two tasks (a, b). An order to every unit to
 * make its own plan ("Các phòng, ban, đơn vị ... xây dựng kế hoạch") is kept apart, not a task.
 */
final class TaskReader {

    /** The tasks, the orders that tell units to make their own plan, and those that tell them to report. */
    record Read(List<DraftTask> tasks, List<DraftTask> ownPlanOrders, List<DraftTask> reportOrders) {
    }

    private record Orders(List<DraftTask> ownPlan, List<DraftTask> report) {
    }

    private static final Pattern TASK_SECTION = Pattern.compile(
            "nhiem vu|giai phap|to chuc thuc hien|phan cong|noi dung|trach nhiem|thoi gian|hoat dong");
    private static final Pattern OUTPUT = Pattern.compile(
            "s[ảa]n ph[ẩa]m(?: đầu ra| dau ra)?\\s*(?:là|:)\\s*([^;.\\n]+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\.)\\s+(?=[\\p{Lu}“\"(])");
    private static final int TITLE_LIMIT = 500;

    private final AssignmentGrammar grammar;
    private final UnitPhrases phrases;
    private final UnitMatcher matcher;
    private final DeadlinePhrases deadlines;
    private final String scope;

    TaskReader(AssignmentGrammar grammar, UnitPhrases phrases, DeadlinePhrases deadlines, String scope) {
        this.grammar = grammar;
        this.phrases = phrases;
        this.matcher = phrases.matcher();
        this.deadlines = deadlines;
        this.scope = scope;
    }

    Read read(PlanOutline outline) {
        List<DraftTask> tasks = new ArrayList<>();
        Orders orders = new Orders(new ArrayList<>(), new ArrayList<>());
        Set<String> codes = new HashSet<>();
        for (PlanOutline.Section section : outline.sections()) {
            if (!TASK_SECTION.matcher(Folding.fold(section.title())).find()) {
                continue;
            }
            List<PlanOutline.Item> items = new ArrayList<>(section.items());
            if (items.isEmpty()) {
                for (int i = 0; i < section.loose().size(); i++) {
                    items.add(new PlanOutline.Item(section.numeral(), String.valueOf(i + 1),
                            PlanOutline.stripBullet(section.loose().get(i)), List.of()));
                }
            }
            for (PlanOutline.Item item : items) {
                if (!PlanOutline.hasChildren(section, item)) {
                    readItem(section, item, code(section, item, codes), tasks, orders);
                }
            }
        }
        return new Read(tasks, orders.ownPlan(), orders.report());
    }

    private static String code(PlanOutline.Section section, PlanOutline.Item item, Set<String> used) {
        String code = item.depth() == 1 ? section.numeral() + "." + item.number() : item.number();
        if (!used.add(code)) {
            code = section.numeral() + "." + item.number();
            used.add(code);
        }
        return code;
    }

    private void readItem(PlanOutline.Section section, PlanOutline.Item item, String code, List<DraftTask> tasks,
                          Orders orders) {
        String heading = item.text().replaceAll("[:.]\\s*$", "").strip();
        UnitMatcher.UnitMatch headingUnit = matcher.match(heading, scope);
        boolean unitHeading = headingUnit.matched() && !headingUnit.group() || namesOnlyAUnit(heading);
        if (!item.body().isEmpty() && unitHeading) {
            for (int i = 0; i < item.body().size(); i++) {
                String bullet = PlanOutline.stripBullet(item.body().get(i));
                add(code + "-" + (i + 1), titleOf(bullet), null, bullet, headingLead(heading, headingUnit), tasks, orders);
            }
        } else if (!item.body().isEmpty()) {
            List<String> bullets = item.body().stream().map(PlanOutline::stripBullet).toList();
            add(code, heading, String.join("\n", bullets), item.text() + "\n" + String.join("\n", bullets), null,
                    tasks, orders);
        } else {
            readSentences(code, item.text(), tasks, orders);
        }
    }

    private static UnitPhrases.Named headingLead(String heading, UnitMatcher.UnitMatch match) {
        return new UnitPhrases.Named(heading, match);
    }

    /** "1. Phòng Tư pháp phường" with bullets under it: a unit's heading even when the tree lacks the unit. */
    private boolean namesOnlyAUnit(String heading) {
        return UnitPhrases.startsWithUnit(heading) && !Folding.fold(heading).startsWith("cac ")
                && phrases.readRun(heading, 0, scope).end() >= heading.length() && heading.split("\\s+").length <= 10;
    }

    /** One task, or one per deadline when the item's sentences set different deadlines. */
    private void readSentences(String code, String text, List<DraftTask> tasks, Orders orders) {
        List<List<String>> chunks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text)) {
            current.add(sentence);
            if (markedDeadline(sentence) != null) {
                chunks.add(current);
                current = new ArrayList<>();
            }
        }
        if (chunks.isEmpty()) {
            chunks.add(current);
        } else if (!current.isEmpty()) {
            chunks.get(chunks.size() - 1).addAll(current);
        }
        UnitPhrases.Named itemLead = grammar.read(text, scope).lead();
        for (int i = 0; i < chunks.size(); i++) {
            List<String> chunk = chunks.get(i);
            String description = chunk.size() > 1 ? String.join(" ", chunk.subList(1, chunk.size())) : null;
            String source = String.join(" ", chunk);
            String taskCode = chunks.size() == 1 ? code : code + (char) ('a' + i);
            add(taskCode, titleOf(chunk.get(0)), description, source, itemLead, tasks, orders);
        }
    }

    private void add(String code, String title, String description, String source, UnitPhrases.Named inheritedLead,
                     List<DraftTask> tasks, Orders orders) {
        AssignmentGrammar.Assignment assignment = grammar.read(source, scope);
        if (assignment.lead() == null && inheritedLead != null && !inheritedLead.match().matched()) {
            List<UnitPhrases.Named> unmatched = new ArrayList<>(assignment.unmatched());
            unmatched.add(0, inheritedLead);
            assignment = new AssignmentGrammar.Assignment(null, assignment.coordinating(), unmatched,
                    assignment.ownPlanOrder(), assignment.reportOrder());
        } else if (assignment.lead() == null && inheritedLead != null) {
            assignment = new AssignmentGrammar.Assignment(inheritedLead, assignment.coordinating().stream()
                    .filter(named -> !named.match().codes().equals(inheritedLead.match().codes())).toList(),
                    assignment.unmatched(), assignment.ownPlanOrder(), assignment.reportOrder());
        }
        Matcher output = OUTPUT.matcher(source);
        boolean hasOutput = output.find();
        DraftTask task = new DraftTask(code, title, description, source, assignment, markedDeadline(source),
                hasOutput ? output.group(1).strip() : null, hasOutput ? output.group() : null);
        (assignment.ownPlanOrder() ? orders.ownPlan() : assignment.reportOrder() ? orders.report() : tasks).add(task);
    }

    private DeadlinePhrases.Found markedDeadline(String text) {
        return deadlines.find(text).stream().filter(DeadlinePhrases.Found::marked).findFirst().orElse(null);
    }

    /** The first sentence without its bracketed deadline, cut at a word when it runs long. */
    private static String titleOf(String sentence) {
        String title = sentence.replaceAll("\\s*\\([^()]*\\)\\s*\\.?\\s*$", "").replaceAll("[.;/]+\\s*$", "").strip();
        if (title.length() <= TITLE_LIMIT) {
            return title;
        }
        int cut = title.lastIndexOf(' ', TITLE_LIMIT - 1);
        return title.substring(0, cut > 0 ? cut : TITLE_LIMIT - 1) + "…";
    }
}
