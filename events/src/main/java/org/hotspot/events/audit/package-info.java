/** The audit event every service publishes on {@code audit-events} and auth-service stores. */
package org.hotspot.events.audit;
