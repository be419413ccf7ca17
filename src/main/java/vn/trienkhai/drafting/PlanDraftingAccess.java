package vn.trienkhai.drafting;

import org.springframework.stereotype.Component;
import vn.trienkhai.security.EveryUnitStarts;

/** The officers of every unit may draft a plan for their unit: plan-drafting is theirs to start. */
@Component
class PlanDraftingAccess implements EveryUnitStarts {

    @Override
    public String processDefinitionKey() {
        return PlanDraftingProcess.KEY;
    }
}
