/** Cross-cutting wiring: the embedded database, time zone, error responses. */
package vn.trienkhai.system;
