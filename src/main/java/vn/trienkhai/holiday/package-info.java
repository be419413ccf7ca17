/**
 * The official year calendars an administrator enters through {@code /api/holidays}: stored in
 * PostgreSQL, served by the one {@link vn.trienkhai.deadline.HolidayCalendar} bean, and reloaded on
 * every node without a restart.
 */
package vn.trienkhai.holiday;
