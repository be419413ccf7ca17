package vn.trienkhai.drafting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.trienkhai.organisation.UnitKind;

/**
 * Turns the text of an issued plan into a plan document: the heading and closing through
 * {@link HeaderReader}, the tasks through {@link TaskReader}, and what the text leaves out
 * (stages, end date, reporting) filled with a stated guess. Every guess is a finding.
 */
final class PlanDraftExtractor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final UnitDirectory units;
    private final UnitMatcher matcher;
    private final UnitPhrases phrases;

    PlanDraftExtractor(UnitDirectory units) {
        this.units = units;
        this.matcher = new UnitMatcher(units);
        this.phrases = new UnitPhrases(matcher);
    }

    PlanDraft extract(String text) {
        Findings findings = new Findings();
        PlanOutline outline = PlanOutline.read(text);
        PlanHeader header = new HeaderReader().read(outline);
        String issuer = issuingUnit(header, findings);
        int year = header.year() != null ? header.year()
                : header.directive() != null && header.directive().date() != null ? header.directive().date().getYear()
                : Year.now().getValue();
        DeadlinePhrases deadlines = new DeadlinePhrases(year);
        TaskReader.Read read = new TaskReader(new AssignmentGrammar(phrases), phrases, deadlines, issuer).read(outline);
        ObjectNode document = JSON.createObjectNode();
        DirectivePart.write(document, header, findings);
        List<String> leadUnits = new LeadUnits(phrases, issuer).find(outline, read, findings);
        ArrayNode tasks = new TaskPart(leadUnits, findings).write(read.tasks());
        LocalDate endDate = EndDate.guess(outline, header, read.tasks(), findings);
        HeaderPart.write(document, header, issuer, endDate, units, findings);
        document.set("leadUnits", JSON.valueToTree(leadUnits));
        document.set("participants", participants(read, leadUnits, issuer));
        document.set("stages", StagePart.write(read, findings));
        document.set("tasks", tasks);
        document.set("reporting", ReportingPart.write(outline, findings));
        document.set("metrics", JSON.createArrayNode());
        findings.add("metrics", "", "văn bản không nêu chỉ tiêu báo cáo; thêm các chỉ tiêu đơn vị phải báo cáo");
        document.set("recipients", JSON.valueToTree(header.recipients()));
        if (header.recipients().isEmpty()) {
            findings.add("recipients", "", "không tìm thấy phần Nơi nhận");
        }
        return new PlanDraft(document, findings.all(), findings.unmatchedNames());
    }

    private String issuingUnit(PlanHeader header, Findings findings) {
        if (header.issuerSource() == null) {
            findings.add("plan.issuingUnit", "", "văn bản không nói ai ban hành kế hoạch; cần chọn đơn vị ban hành");
            return null;
        }
        UnitMatcher.UnitMatch match = matcher.match(header.issuerSource(), null);
        if (!match.matched() || match.group()) {
            findings.unmatched("plan.issuingUnit", header.issuerSource(), match.note());
            return null;
        }
        return match.codes().get(0);
    }

    private ArrayNode participants(TaskReader.Read read, List<String> leadUnits, String issuer) {
        Map<String, Boolean> cascade = new LinkedHashMap<>();
        for (DraftTask task : read.tasks()) {
            if (task.leadCode() != null) {
                cascade.putIfAbsent(task.leadCode(), false);
            }
            task.coordinatingCodes().forEach(code -> cascade.putIfAbsent(code, false));
        }
        for (DraftTask order : read.ownPlanOrders()) {
            order.coordinatingCodes().forEach(code -> cascade.put(code, makesOwnRollout(code)));
        }
        read.reportOrders().forEach(order -> order.coordinatingCodes().forEach(code -> cascade.putIfAbsent(code, false)));
        leadUnits.forEach(code -> cascade.putIfAbsent(code, false));
        cascade.remove(issuer);
        ArrayNode participants = JSON.createArrayNode();
        cascade.forEach((code, cascades) -> {
            if (cascades) {
                participants.addObject().put("unit", code).put("cascade", true);
            } else {
                participants.add(code);
            }
        });
        return participants;
    }

    /** A party committee or a ward told to make its own plan rolls it out to its own units. */
    private boolean makesOwnRollout(String code) {
        return units.find(code).map(unit -> !units.children(code).isEmpty()
                || unit.kind() == UnitKind.PARTY_COMMITTEE || unit.kind() == UnitKind.WARD).orElse(false);
    }
}
