/** auth-service's use cases: signing keys now; login, tokens and operators as they are built. */
package org.hotspot.auth.service;
