package vn.trienkhai.drafting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The units that follow the plan for the issuing unit (đơn vị chủ trì, theo dõi): those reports go
 * through ("báo cáo ... (qua X, Y)", "báo cáo kết quả về X"), else the lead of the task that
 * follows up ("theo dõi, đôn đốc"), else the unit that leads most tasks.
 */
final class LeadUnits {

    private static final Pattern REPORTS_TO = Pattern.compile(
            "\\(\\s*(?:thong )?qua\\s+|\\bbao cao(?: ket qua)?(?: ve| cho| gui ve| gui)\\s+|\\bgui (?:bao cao )?ve\\s+");
    private static final Pattern FOLLOWS_UP = Pattern.compile("\\b(theo doi|don doc|tong hop)\\b");

    private final UnitPhrases phrases;
    private final String issuer;

    LeadUnits(UnitPhrases phrases, String issuer) {
        this.phrases = phrases;
        this.issuer = issuer;
    }

    List<String> find(PlanOutline outline, TaskReader.Read read, Findings findings) {
        List<String> texts = new ArrayList<>();
        read.ownPlanOrders().forEach(order -> texts.add(order.source()));
        read.reportOrders().forEach(order -> texts.add(order.source()));
        read.tasks().forEach(task -> texts.add(task.source()));
        outline.sections().forEach(section -> section.loose().forEach(texts::add));
        for (String text : texts) {
            List<String> codes = reportsTo(text);
            if (!codes.isEmpty()) {
                findings.add("leadUnits", text, "nơi nhận báo cáo của các đơn vị");
                return codes;
            }
        }
        for (DraftTask task : read.tasks()) {
            if (task.leadCode() != null && FOLLOWS_UP.matcher(Folding.fold(task.source())).find()) {
                findings.add("leadUnits", task.source(), "đơn vị chủ trì việc theo dõi, đôn đốc");
                return List.of(task.leadCode());
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        read.tasks().stream().map(DraftTask::leadCode).filter(code -> code != null)
                .forEach(code -> counts.merge(code, 1, Integer::sum));
        String busiest = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(issuer);
        findings.add("leadUnits", "", "văn bản không nêu đơn vị theo dõi; tạm lấy đơn vị chủ trì nhiều nhiệm vụ nhất, cần kiểm tra");
        return busiest == null ? List.of() : List.of(busiest);
    }

    private List<String> reportsTo(String text) {
        String folded = Folding.fold(text);
        Matcher matcher = REPORTS_TO.matcher(folded);
        List<String> codes = new ArrayList<>();
        while (matcher.find() && codes.isEmpty()) {
            if (!UnitPhrases.startsWithUnit(text.substring(matcher.end()))) {
                continue;
            }
            for (UnitPhrases.Named named : phrases.readRun(text, matcher.end(), issuer).names()) {
                if (named.match().matched() && !named.match().group() && !named.match().codes().contains(issuer)) {
                    codes.addAll(named.match().codes());
                }
            }
        }
        return codes;
    }
}
