package org.hotspot.testing.mikrotik;

import org.hotspot.testing.radius.Radclient;

/**
 * One login form the stand-in received and what RADIUS answered.
 *
 * @param username the posted username, as sent in User-Name
 * @param method   {@code CHAP} when the posted password was a CHAP response, {@code PAP} otherwise
 * @param reply    router-gateway's answer as radclient saw it
 */
public record Login(String username, String method, Radclient.Reply reply) {

    /** Whether router-gateway answered Access-Accept. */
    public boolean accepted() {
        return "Access-Accept".equals(reply.code());
    }
}
