package org.hotspot.portal.dashboard.settings;

import io.quarkus.qute.TemplateData;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.hotspot.portal.web.Languages;

/**
 * The settings form as typed, and what is wrong with it ({@link #errors}: field to a key of
 * {@link SettingsMessages}), checked here as auth-service checks it so a mistake comes back at once.
 */
@TemplateData
public record SettingsForm(String name, boolean requireTotp, String language, String timeZone, String currency,
        String digits, Map<String, String> errors) {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    static SettingsForm of(OrganizationClient.Organization organization) {
        return new SettingsForm(organization.name(), organization.requireTotp(), organization.language(),
                organization.timeZone(), organization.currency(), organization.digits(), Map.of());
    }

    static SettingsForm from(Function<String, String> field) {
        String name = trimmed(field.apply("name"));
        String language = trimmed(field.apply("language"));
        String timeZone = trimmed(field.apply("timeZone"));
        String currency = trimmed(field.apply("currency")).toUpperCase(Locale.ROOT);
        String digits = "persian".equals(field.apply("digits")) ? "persian" : "latin";
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.isEmpty() || name.length() > 120) {
            errors.put("name", "errorName");
        }
        if (Languages.byTag(language).isEmpty()) {
            errors.put("language", "errorLanguage");
        }
        if (!ZoneId.getAvailableZoneIds().contains(timeZone)) {
            errors.put("timeZone", "errorTimeZone");
        }
        if (!CURRENCY.matcher(currency).matches()) {
            errors.put("currency", "errorCurrency");
        }
        return new SettingsForm(name, field.apply("requireTotp") != null, language, timeZone, currency, digits,
                errors);
    }

    OrganizationClient.Change change() {
        return new OrganizationClient.Change(name, requireTotp, language, timeZone, currency, digits);
    }

    SettingsForm withError(String field, String key) {
        Map<String, String> more = new LinkedHashMap<>(errors);
        more.put(field, key);
        return new SettingsForm(name, requireTotp, language, timeZone, currency, digits, more);
    }

    public boolean persian() {
        return "persian".equals(digits);
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
