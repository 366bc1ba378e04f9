package org.hotspot.launcher;

/** A problem the person at the terminal can fix; printed as one line, without a stack trace. */
class LauncherException extends RuntimeException {

    /** The launcher's exit status: 2 for a setting that cannot work (nothing was started), 1 otherwise. */
    private final int exitCode;

    LauncherException(String message) {
        this(message, 1);
    }

    private LauncherException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** A value from the command line or the environment that cannot work: a wrong address, a port in use. */
    static LauncherException badSetting(String message) {
        return new LauncherException(message, 2);
    }

    int exitCode() {
        return exitCode;
    }
}
