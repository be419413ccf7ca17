package vn.trienkhai.drafting;

import static vn.trienkhai.drafting.PlanDraftingProcess.*;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitRepository;
import vn.trienkhai.system.ConflictException;
import vn.trienkhai.system.FormRefusedException;
import vn.trienkhai.system.InvalidDocumentException;

/**
 * Why "Vào sổ, phát hành" stored nothing, said to the clerk. What only the drafter can put right
 * (a unit gone from the tree, a deadline before the issue date, a summary used already) is also
 * kept as the reason the clerk may send the draft back with; the clerk's own fields (number,
 * dates) the clerk corrects.
 */
class IssueRefusals {

    private static final Set<String> CLERK_FIELDS = Set.of(PLAN_NUMBER, ISSUED_ON, ROLLOUT_ON);
    private static final Pattern UNIT_CODE = Pattern.compile("\\b[A-Z0-9]+(?:-[A-Z0-9]+)+\\b");

    private final UnitRepository units;

    IssueRefusals(UnitRepository units) {
        this.units = units;
    }

    FormRefusedException of(DelegateTask task, InvalidDocumentException invalid) {
        String field = formField(invalid.errors().get(0).field());
        return refused(task, field, FieldLabels.describe(invalid.errors()), !CLERK_FIELDS.contains(field));
    }

    /** The import refuses a number the unit used already, or a summary it used already. */
    FormRefusedException of(DelegateTask task, ConflictException conflict) {
        boolean summary = conflict.getMessage().contains("trích yếu");
        return refused(task, summary ? "plan.summary" : PLAN_NUMBER, "Trường «" + (summary ? "Trích yếu" : "Số, ký hiệu")
                + "»: " + conflict.getMessage(), summary);
    }

    private FormRefusedException refused(DelegateTask task, String field, String refusal, boolean forTheDrafter) {
        String why = withUnitNames(refusal);
        if (forTheDrafter) {
            RefusalNote.keep(task, RETURN_REASON, "Không vào sổ, phát hành được. " + why);
        }
        return new FormRefusedException(field, "Không phát hành được, chưa lưu gì. " + why + (forTheDrafter
                ? " Văn thư không sửa được: chọn «Trả lại người soạn thảo», lý do đã điền sẵn." : ""));
    }

    /** The import's messages cite units by code; the people who read them know the units by name. */
    private String withUnitNames(String text) {
        return UNIT_CODE.matcher(text).replaceAll(match -> Matcher.quoteReplacement(
                units.findByCode(match.group()).map(OrganisationUnit::getName).orElse(match.group())));
    }

    private static String formField(String documentField) {
        return switch (documentField) {
            case "plan.number" -> PLAN_NUMBER;
            case "plan.date" -> ISSUED_ON;
            default -> documentField;
        };
    }
}
