/**
 * Reporting rounds (process {@code reporting-round}): units report their figures and texts, the
 * lead office accepts or returns each report, the round is consolidated into tables, finalised,
 * approved by leadership and sent.
 *
 * <p>Rules decided here:
 * <ul>
 *   <li>Dates: the period and cut-off come from {@code ReportingCalendar.rounds(...)} for the plan's
 *   schedule and the rollout date; units submit by {@code submissionDeadline(cutOff, days, level)}
 *   (one working day earlier per cascade level); the consolidation deadline is one working day
 *   after the submission deadline, which for a child rollout is its parent level's submission
 *   deadline; finalisation and approval are due two working days after consolidation.</li>
 *   <li>At the consolidation deadline a report that was submitted but not yet reviewed counts as
 *   submitted (status SUBMITTED, its figures included, flagged late if after the submission
 *   deadline). A unit with no report, or whose report is still returned for revision, is recorded
 *   MISSING: the lead office refused those figures, so they are not counted.</li>
 *   <li>Consolidation counts SUBMITTED and ACCEPTED reports. A cascading unit's line adds the
 *   totals of its child rollout's round with the same cut-off (found through
 *   {@code rollout.parent_rollout_id}), computed live, level by level, so the parent never depends
 *   on whether the child round has reached its own consolidation step. {@code units_reported}
 *   counts the units of this level whose own report carries the metric.</li>
 * </ul>
 */
package vn.trienkhai.reporting;
