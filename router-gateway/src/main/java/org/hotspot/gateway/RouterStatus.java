package org.hotspot.gateway;

/** What monitoring last found: {@code UNKNOWN} until first heard from. */
public enum RouterStatus {
    UNKNOWN,
    UP,
    DEGRADED,
    DOWN
}
