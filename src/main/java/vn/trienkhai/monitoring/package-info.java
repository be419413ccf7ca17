/**
 * Monitoring for managers: the progress of a plan's units through its stages, computed at request
 * time (statuses, totals, on-time rates, the cascade nested under its cascading unit), its Excel
 * export, and the API behind the Cockpit plugin.
 */
package vn.trienkhai.monitoring;
