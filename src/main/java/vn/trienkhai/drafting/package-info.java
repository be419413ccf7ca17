/**
 * Plans written by the people who issue them: the process plan-drafting (draft, approval, issue),
 * the drafts it keeps (table {@code plan_draft}, its own) behind GET/PUT /api/plan-drafts/{id} and
 * the editor, and the extraction ("Nhập từ văn bản") that reads the text of an issued plan, pasted
 * or from a .docx, into a plan document with every guess marked. Its process variables:
 * {@code draftId}, {@code draftingUnit}, {@code decision}, {@code returnReason}, {@code approved},
 * {@code planNumber}, {@code issuedOn}, {@code rolloutOn}, {@code planId}, {@code rolloutDate},
 * {@code rolloutToday} (see {@link vn.trienkhai.drafting.PlanDraftingProcess}).
 */
package vn.trienkhai.drafting;
