/** auth-service: organizations, operators, roles, tokens and the audit log. Domain types live at this package's root. */
package org.hotspot.auth;
