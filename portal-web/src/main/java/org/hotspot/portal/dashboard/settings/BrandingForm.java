package org.hotspot.portal.dashboard.settings;

import io.quarkus.qute.TemplateData;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The captive portal's branding as typed: display name, two colours, the terms; the logo is left as it is. */
@TemplateData
public record BrandingForm(String displayName, String primaryColor, String accentColor, String termsText,
        Map<String, String> errors) {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-f]{6}");

    static BrandingForm of(OrganizationClient.Branding branding) {
        return new BrandingForm(orEmpty(branding.displayName()), orDefault(branding.primaryColor(), "#0a6ebd"),
                orDefault(branding.accentColor(), "#f5a623"), orEmpty(branding.termsText()), Map.of());
    }

    static BrandingForm from(Function<String, String> field) {
        String displayName = orEmpty(field.apply("displayName")).trim();
        String primary = orEmpty(field.apply("primaryColor")).trim().toLowerCase(Locale.ROOT);
        String accent = orEmpty(field.apply("accentColor")).trim().toLowerCase(Locale.ROOT);
        String terms = orEmpty(field.apply("termsText"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (displayName.length() > 60) {
            errors.put("displayName", "errorDisplayName");
        }
        if (!COLOR.matcher(primary).matches()) {
            errors.put("primaryColor", "errorColor");
        }
        if (!COLOR.matcher(accent).matches()) {
            errors.put("accentColor", "errorColor");
        }
        if (terms.length() > 2000) {
            errors.put("termsText", "errorTerms");
        }
        return new BrandingForm(displayName, primary, accent, terms, errors);
    }

    OrganizationClient.Branding body() {
        return new OrganizationClient.Branding(displayName.isEmpty() ? null : displayName, primaryColor, accentColor,
                termsText.isBlank() ? null : termsText);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
