/** Redis access on the RADIUS hot path: one connection per event loop, so a login never changes thread. */
package org.hotspot.gateway.redis;
