/**
 * Authentication of the REST APIs, authorizations of units, lead offices and leadership,
 * Tasklist filters and hardening of the Camunda webapps.
 */
package vn.trienkhai.security;
