package vn.trienkhai.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.organisation.UnitRepository;
import vn.trienkhai.security.CurrentUser;

/**
 * Who may see and change a draft: the drafting unit's officers write it while it is being drafted;
 * they and the issuing unit (its leadership approves, its officers issue) read it. The issuing
 * unit counts only when it is the drafting unit or a unit above it, so a drafter cannot send a
 * plan to another body's leadership.
 */
@Component
@Transactional(readOnly = true)
class DraftAccess {

    private final UnitRepository units;

    DraftAccess(UnitRepository units) {
        this.units = units;
    }

    boolean mayRead(StoredDraft draft, CurrentUser user) {
        return user.isMemberOf("camunda-admin") || mayWrite(draft, user)
                || issuingUnit(draft).map(code -> user.isMemberOf(OrganisationUnit.groupIdFor(code))).orElse(false);
    }

    boolean mayWrite(StoredDraft draft, CurrentUser user) {
        return user.isMemberOf(OrganisationUnit.groupIdFor(draft.draftingUnitCode()));
    }

    /** The stored issuing unit once sent for approval, before that the one the document names if allowed. */
    Optional<String> issuingUnit(StoredDraft draft) {
        if (draft.issuingUnitCode() != null) {
            return Optional.of(draft.issuingUnitCode());
        }
        String named = draft.document().path("plan").path("issuingUnit").asText("");
        return mayIssueFor(draft.draftingUnitCode(), named) ? Optional.of(named) : Optional.empty();
    }

    /** Whether a plan drafted by {@code draftingUnit} may be issued by {@code issuingUnit}: itself or a unit above it. */
    boolean mayIssueFor(String draftingUnit, String issuingUnit) {
        return chain(draftingUnit).contains(issuingUnit);
    }

    /** The unit and the units above it, nearest first. */
    List<String> chain(String code) {
        List<String> codes = new ArrayList<>();
        OrganisationUnit unit = units.findByCode(code).orElse(null);
        while (unit != null && codes.size() < 20) {
            codes.add(unit.getCode());
            unit = unit.getParent();
        }
        return codes;
    }
}
