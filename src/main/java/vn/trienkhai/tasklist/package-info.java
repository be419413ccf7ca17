/**
 * What Tasklist shows of a task: its name and description carry the unit, the plan and the
 * period it is about, whatever model it comes from.
 */
package vn.trienkhai.tasklist;
