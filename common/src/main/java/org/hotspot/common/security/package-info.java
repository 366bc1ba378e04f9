/**
 * The security pieces every service shares: roles, the claims auth-service writes, the caller of the
 * current request as taken from its verified token, the checks and revocations every access token
 * passes, and the tokens services present to each other. The organization always comes from the
 * token, never from a request parameter.
 */
package org.hotspot.common.security;
