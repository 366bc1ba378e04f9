package org.hotspot.portal.dashboard.session;

import org.hotspot.common.security.Role;

/**
 * Who is signed in, as auth-service's verified access token says (never from Redis or a header alone).
 *
 * @param operatorId     the token's subject
 * @param username       the operator's login name, shown in the frame
 * @param organizationId the operator's organization
 * @param role           the operator's one role
 */
public record Operator(String operatorId, String username, String organizationId, Role role) {

    /** Whether the operator may change anything at all: a viewer reads only. */
    public boolean canWrite() {
        return role != Role.VIEWER;
    }
}
