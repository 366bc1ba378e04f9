package org.hotspot.gateway;

/** How a router authorizes its customers: asking our RADIUS server (the normal way), or told through its RouterOS API. */
public enum RouterMode {
    RADIUS,
    API
}
