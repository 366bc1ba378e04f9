/**
 * Random key material and the owner-only files secrets are kept in: the one home of both for the
 * services, the launcher and the test servers. What a key is for, and how it is parsed, stays with
 * its user.
 */
package org.hotspot.keys;
