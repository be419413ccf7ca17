/**
 * Deadline arithmetic: deadline specs from the plan document, the holiday calendar, due dates
 * and the reporting calendar of Nghị định 09/2019/NĐ-CP. Pure Java, no Spring; every time is
 * computed in an explicit zone.
 */
package vn.trienkhai.deadline;
