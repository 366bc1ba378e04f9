package org.hotspot.launcher;

/** A problem the person at the terminal can fix; printed as one line, without a stack trace. */
class LauncherException extends RuntimeException {

    LauncherException(String message) {
        super(message);
    }
}
