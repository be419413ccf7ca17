package vn.trienkhai.drafting;

import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;
import vn.trienkhai.deadline.DeadlineCalculator;
import vn.trienkhai.organisation.OrganisationUnit;

/**
 * What plan-drafting asks of its draft: candidate groups come from the stored draft (the drafting
 * unit chosen at the start, the issuing unit fixed when the draft went for approval), never from a
 * variable a user writes.
 */
@Component("planDrafting")
public class PlanDraftingExpressions {

    private final PlanDrafts drafts;
    private final DeadlineCalculator calculator;

    PlanDraftingExpressions(PlanDrafts drafts, DeadlineCalculator calculator) {
        this.drafts = drafts;
        this.calculator = calculator;
    }

    public String drafterGroup(Number draftId) {
        return OrganisationUnit.groupIdFor(draft(draftId).draftingUnitCode());
    }

    /** Leadership approves and the clerk issues: both the issuing unit's group (there is no clerk role). */
    public String issuerGroup(Number draftId) {
        StoredDraft draft = draft(draftId);
        if (draft.issuingUnitCode() == null) {
            throw new IllegalStateException("Draft " + draftId + " has no issuing unit yet");
        }
        return OrganisationUnit.groupIdFor(draft.issuingUnitCode());
    }

    /** The start of the rollout day in the application's zone. */
    public Date rolloutAt(String rolloutDate) {
        return Date.from(LocalDate.parse(rolloutDate).atStartOfDay(calculator.zone()).toInstant());
    }

    private StoredDraft draft(Number draftId) {
        return drafts.find(draftId.longValue()).orElseThrow(() -> new IllegalStateException("No draft " + draftId));
    }
}
