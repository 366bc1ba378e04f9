/**
 * The dashboard's browser session (backend-for-frontend): an opaque id in an HttpOnly cookie, the
 * tokens and the verified operator in Redis, the CSRF check, and who is signed in for this request.
 */
package org.hotspot.portal.dashboard.session;
