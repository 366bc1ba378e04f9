/**
 * The security pieces every service shares: roles, the claims auth-service writes, and the caller
 * of the current request as taken from its verified token. The organization always comes from the
 * token, never from a request parameter.
 */
package org.hotspot.common.security;
