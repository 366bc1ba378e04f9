package org.hotspot.auth.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.hotspot.auth.Operator;
import org.hotspot.common.security.Role;
import org.hotspot.common.validation.PlainText;

/** The records of the operator endpoints; the entity (and its password hash) never leaves. */
public final class OperatorApi {

    private OperatorApi() {
    }

    public record CreateOperatorRequest(
            @NotBlank @Size(min = 3, max = 64) @PlainText @Pattern(regexp = "[A-Za-z0-9._@-]+",
                    message = "letters, digits and . _ @ - only") String username,
            @NotBlank @Size(max = 256) String password,
            @NotNull Role role,
            @Size(max = 64) String organizationId) {
    }

    public record RoleRequest(@NotNull Role role) {
    }

    public record PasswordRequest(@NotBlank @Size(max = 256) String password) {
    }

    /** An operator's own change: the current password proves it is them, not just their token. */
    public record PasswordChangeRequest(@NotBlank @Size(max = 256) String currentPassword,
            @NotBlank @Size(max = 256) String newPassword) {
    }

    public record OperatorView(String id, String organizationId, String username, Role role, boolean disabled,
            boolean totpEnabled, Instant createdAt) {

        static OperatorView of(Operator operator) {
            return new OperatorView(operator.id, operator.organizationId, operator.username, operator.role,
                    operator.disabled, operator.totpEnabled, operator.createdAt);
        }
    }
}
