package org.hotspot.events;

/**
 * A message value that is not a well-formed event of the expected type. Consumers park such a
 * message for inspection and count it; they never drop it silently.
 */
public class EventFormatException extends RuntimeException {

    public EventFormatException(String message) {
        super(message);
    }

    public EventFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
