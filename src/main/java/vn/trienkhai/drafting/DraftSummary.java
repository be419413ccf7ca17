package vn.trienkhai.drafting;

/**
 * One draft in GET /api/plan-drafts: what a unit's officer needs to find it again, with names,
 * never codes. {@code task} is the open step the caller may continue, null when it is not theirs.
 */
record DraftSummary(long id, String summary, String state, String stateLabel, String draftingUnit,
                    String issuingUnit, String returnReason, String updatedOn, String updatedBy, String editorUrl,
                    OpenTask task) {

    record OpenTask(String id, String name, String tasklistUrl) {
    }
}
