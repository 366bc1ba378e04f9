package org.hotspot.session;

/** A session is open until its Stop, its router's Accounting-On/Off, a newer session of its device, or silence. */
public enum SessionState {
    OPEN,
    CLOSED
}
