package vn.trienkhai.drafting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** A draft as GET and PUT /api/plan-drafts/{id} answer it. */
record DraftView(long id, String state, String stateLabel, String draftingUnit, String issuingUnit,
                 String returnReason, String returnedBy, Long planId, boolean editable, ObjectNode document,
                 String updatedBy, Instant updatedAt) {

    static DraftView of(StoredDraft draft, String issuingUnit, boolean editable) {
        return new DraftView(draft.id(), draft.state().name(), draft.state().label(), draft.draftingUnitCode(),
                issuingUnit, draft.returnReason(), draft.returnedFrom() == null ? null : draft.returnedFrom().label(),
                draft.planId(), editable, draft.document(), draft.updatedBy(), draft.updatedAt());
    }
}
