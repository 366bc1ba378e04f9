/**
 * RFC 9457 problem details: the one error body every service answers with, the exception family
 * services extend, and the single place exceptions become HTTP responses. No stack trace and no
 * Java class name ever reaches a client.
 */
package org.hotspot.common.problem;
