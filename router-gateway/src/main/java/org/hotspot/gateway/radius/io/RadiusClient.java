package org.hotspot.gateway.radius.io;

/**
 * A RADIUS client as the servers know it: the secret its packets are checked and signed with, and
 * whether its Access-Requests must carry a Message-Authenticator. Which router it is stays with the
 * implementation; a server hands the client back to its {@link RequestHandler} as it got it.
 */
public interface RadiusClient {

    /** The shared secret, as octets. */
    byte[] secret();

    /** Whether an Access-Request without a Message-Authenticator is dropped (RFC 3579, the BlastRADIUS fix). */
    boolean requiresMessageAuthenticator();

    /** How a log line names the client, for instance {@code router 4f1c...}. */
    String logName();
}
