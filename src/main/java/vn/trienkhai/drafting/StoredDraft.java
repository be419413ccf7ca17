package vn.trienkhai.drafting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** One row of plan_draft. */
record StoredDraft(long id, String draftingUnitCode, String issuingUnitCode, DraftState state, ObjectNode document,
                   String returnReason, ReturnedFrom returnedFrom, Long planId, String processInstanceId, String createdBy, Instant createdAt,
                   String updatedBy, Instant updatedAt) {
}
