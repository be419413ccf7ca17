package vn.trienkhai.plan;

import static vn.trienkhai.system.DocumentReader.path;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import vn.trienkhai.deadline.VietnameseDates;
import vn.trienkhai.system.DocumentReader;

/**
 * Validates a plan document and turns it into a {@link PlanDocument}. Every problem is reported
 * with its field path; nothing is looked up twice and nothing is saved here.
 */
final class PlanDocumentReader {

    private static final Set<String> TOP_FIELDS = Set.of("directive", "parentPlan", "plan", "leadUnits",
            "participants", "stages", "tasks", "reporting", "metrics", "recipients", "reportRecipients", "escalation");
    private static final Set<String> DIRECTIVE_FIELDS = Set.of("number", "date", "issuer", "summary");
    private static final Set<String> PLAN_FIELDS = Set.of("number", "issuingUnit", "place", "date", "summary",
            "layout", "endDate", "signer");
    private static final Set<String> SIGNER_FIELDS = Set.of("authority", "title", "name");

    private final DocumentReader reader = new DocumentReader();
    private final PlanReferences references;
    private final PlanPartsReader parts;

    private PlanDocumentReader(PlanReferences references) {
        this.references = references;
        this.parts = new PlanPartsReader(reader, references);
    }

    static PlanDocument read(JsonNode root, PlanReferences references) {
        return new PlanDocumentReader(references).read(root);
    }

    private PlanDocument read(JsonNode root) {
        reader.rejectUnknownFields(root, "", TOP_FIELDS);
        PlanDocument.DirectiveData directive = directive(root);
        String parentPlan = parentPlan(root, directive);
        PlanDocument.Header header = header(root);
        LocalDate endDate = header == null ? null : header.endDate();
        PlanDocument document = new PlanDocument(directive, parentPlan, header,
                parts.unitCodes(root, "leadUnits"), parts.participants(root), parts.stages(root, endDate),
                parts.tasks(root, endDate), parts.reporting(root), parts.metrics(root), parts.recipients(root, "recipients", true),
                parts.recipients(root, "reportRecipients", false),
                parts.escalation(root));
        checkDates(document);
        reader.throwIfInvalid();
        return document;
    }

    private PlanDocument.DirectiveData directive(JsonNode root) {
        JsonNode node = reader.object(root, "directive", "", false);
        if (node == null) {
            return null;
        }
        reader.rejectUnknownFields(node, "directive", DIRECTIVE_FIELDS);
        return new PlanDocument.DirectiveData(reader.text(node, "number", "directive", true, 60),
                reader.date(node, "date", "directive", true), reader.text(node, "issuer", "directive", true, 300),
                reader.text(node, "summary", "directive", true, 2000));
    }

    private String parentPlan(JsonNode root, PlanDocument.DirectiveData directive) {
        String number = reader.text(root, "parentPlan", "", false, 60);
        if (number == null && directive == null && !root.has("directive")) {
            reader.error("directive", "bắt buộc khi không có parentPlan (kế hoạch cấp trên)");
        } else if (number != null && !references.planExists(number)) {
            reader.error("parentPlan", "không có kế hoạch số " + number + " trong hệ thống");
        }
        return number;
    }

    private PlanDocument.Header header(JsonNode root) {
        JsonNode node = reader.object(root, "plan", "", true);
        if (node == null) {
            return null;
        }
        reader.rejectUnknownFields(node, "plan", PLAN_FIELDS);
        String issuingUnit = reader.text(node, "issuingUnit", "plan", true, 40);
        parts.checkUnit(issuingUnit, "plan.issuingUnit");
        return new PlanDocument.Header(reader.text(node, "number", "plan", true, 60), issuingUnit,
                reader.text(node, "place", "plan", true, 200), reader.date(node, "date", "plan", false),
                reader.text(node, "summary", "plan", true, 2000), layout(node),
                reader.date(node, "endDate", "plan", true), signer(node));
    }

    private PlanLayout layout(JsonNode plan) {
        String layout = reader.text(plan, "layout", "plan", false, 10);
        if (layout == null) {
            return PlanLayout.STATE;
        }
        try {
            return PlanLayout.valueOf(layout.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException exception) {
            reader.error("plan.layout", "phải là state (cơ quan nhà nước) hoặc party (cơ quan Đảng): " + layout);
            return null;
        }
    }

    private Signer signer(JsonNode plan) {
        JsonNode node = reader.object(plan, "signer", "plan", false);
        if (node == null) {
            return null;
        }
        String path = path("plan", "signer");
        reader.rejectUnknownFields(node, path, SIGNER_FIELDS);
        return new Signer(reader.text(node, "authority", path, false, 100), reader.text(node, "title", path, true, 100),
                reader.text(node, "name", path, true, 200));
    }

    private void checkDates(PlanDocument document) {
        PlanDocument.Header header = document.plan();
        if (header == null || header.endDate() == null) {
            return;
        }
        if (header.date() != null && header.endDate().isBefore(header.date())) {
            reader.error("plan.endDate", "trước ngày ban hành kế hoạch (" + VietnameseDates.day(header.date()) + ")");
        }
        PlanDocument.DirectiveData directive = document.directive();
        if (directive != null && directive.date() != null && header.date() != null
                && header.date().isBefore(directive.date())) {
            reader.error("plan.date", "trước ngày ban hành chỉ thị (" + VietnameseDates.day(directive.date()) + ")");
        }
    }
}
