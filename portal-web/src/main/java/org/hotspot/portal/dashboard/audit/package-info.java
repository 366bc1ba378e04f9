/**
 * The dashboard's audit log page (auth-service's {@code /api/audit}): filters, a paged table, and
 * links from what was acted on to its page. Who may read it is auth-service's rule (admins and
 * viewers); the routers pages are in {@code dashboard.routers}.
 */
package org.hotspot.portal.dashboard.audit;
