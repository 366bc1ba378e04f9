package org.hotspot.portal.dashboard.people;

import io.quarkus.qute.TemplateData;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.hotspot.common.security.Role;

/**
 * The new operator form as typed (the password is never sent back to the browser) and what is wrong:
 * field to a key of {@link PeopleMessages}.
 */
@TemplateData
public record NewOperatorForm(String username, String role, Map<String, String> errors) {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,64}");

    static NewOperatorForm empty() {
        return new NewOperatorForm("", Role.OPERATOR.name(), Map.of());
    }

    /** The form as typed, checked; {@code password} is read but not kept. */
    static NewOperatorForm from(Function<String, String> field, Role caller) {
        String username = field.apply("username") == null ? "" : field.apply("username").trim();
        String role = field.apply("role") == null ? "" : field.apply("role");
        Map<String, String> errors = new LinkedHashMap<>();
        if (!USERNAME.matcher(username).matches()) {
            errors.put("username", "errorUsername");
        }
        String password = Passwords.problem(username, field.apply("password"));
        if (password != null) {
            errors.put("password", password);
        }
        if (Roles.grantableBy(caller).stream().noneMatch(grantable -> grantable.name().equals(role))) {
            errors.put("role", "errorRole");
        }
        return new NewOperatorForm(username, role, errors);
    }

    NewOperatorForm withError(String field, String key) {
        Map<String, String> more = new LinkedHashMap<>(errors);
        more.put(field, key);
        return new NewOperatorForm(username, role, more);
    }
}
