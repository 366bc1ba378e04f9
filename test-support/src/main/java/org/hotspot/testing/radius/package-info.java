/**
 * Real RADIUS peers for tests: {@link org.hotspot.testing.radius.Radclient} drives FreeRADIUS's own
 * {@code radclient} as the router sending Access and Accounting requests, and
 * {@link org.hotspot.testing.radius.TestNas} is the router receiving RFC 5176 Disconnect and CoA
 * requests. Neither uses router-gateway's codec, so a bug there cannot hide behind the same bug here.
 */
package org.hotspot.testing.radius;
