/**
 * The dashboard's routers pages (router-gateway's {@code /api/routers}): the list with each
 * router's monitoring status, the add and edit forms with write-only secrets, deleting after a
 * confirmation page, and the hotspot kit passed through with the operator's token. The audit log
 * is in {@code dashboard.audit}.
 */
package org.hotspot.portal.dashboard.routers;
