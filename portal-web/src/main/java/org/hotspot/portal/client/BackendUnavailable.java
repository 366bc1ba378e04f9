package org.hotspot.portal.client;

/** A backend did not answer in time, or answered with an error that is not about the request: "try again". */
public class BackendUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BackendUnavailable(String backend, Throwable cause) {
        super(backend + " did not answer: " + cause.getMessage(), cause);
    }
}
