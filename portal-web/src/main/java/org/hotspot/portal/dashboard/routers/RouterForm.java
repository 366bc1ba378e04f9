package org.hotspot.portal.dashboard.routers;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.TemplateData;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.hotspot.portal.dashboard.routers.RouterClient.Router;

/**
 * The router form as the operator typed it, every field kept as text so a page showing an error
 * shows what was typed. The RADIUS secret and the API password are write-only: never filled in from
 * the router, and on an edit an empty one keeps the stored one.
 */
@TemplateData
public record RouterForm(String name, String site, String nasIp, String nasIdentifier, String radiusSecret,
        boolean requireMessageAuthenticator, String coaPort, String mode, String apiHost, String apiPort,
        boolean apiTls, String apiUsername, String apiPassword, String backupRouterId, String hotspotDnsName) {

    /** router-gateway's own checks (its RouterApi), so most mistakes are told before it is asked. */
    private static final Pattern IP = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern HOST_AND_PORT = Pattern.compile(
            "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
                    + "(:([1-9]\\d{0,3}|[1-5]\\d{4}|6[0-4]\\d{3}|65[0-4]\\d{2}|655[0-2]\\d|6553[0-5]))?");
    private static final Pattern PORT = Pattern.compile("[1-9]\\d{0,4}");
    private static final int SECRET_MIN = 8;
    private static final int SECRET_MAX = 128;

    /** What is wrong with a field; each is a {@link RouterMessages} key. */
    public enum Error {
        REQUIRED("errorRequired"),
        TOO_LONG("errorTooLong"),
        ADDRESS("errorAddress"),
        SECRET_LENGTH("errorSecretLength"),
        PORT("errorPort"),
        HOST("errorHost"),
        API_NEEDS("errorApiNeeds"),
        ADDRESS_TAKEN("errorAddressTaken"),
        ADDRESS_UNAVAILABLE("errorAddressUnavailable"),
        BACKUP("errorBackup"),
        INVALID("errorInvalid");

        private final String key;

        Error(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** An empty form for a new router: RADIUS mode, Message-Authenticator required, CoA on 3799. */
    public static RouterForm empty() {
        return new RouterForm("", "", "", "", "", true, "3799", "RADIUS", "", "", false, "", "", "", "");
    }

    /** The router's values; its secrets are never put back in a page. */
    public static RouterForm of(Router router) {
        return new RouterForm(text(router.name()), text(router.site()), text(router.nasIp()),
                text(router.nasIdentifier()), "", router.requireMessageAuthenticator(),
                Integer.toString(router.coaPort()), router.mode() == null ? "RADIUS" : router.mode(),
                text(router.apiHost()), router.apiPort() == null ? "" : router.apiPort().toString(), router.apiTls(),
                text(router.apiUsername()), "", text(router.backupRouterId()), text(router.hotspotDnsName()));
    }

    /** The posted fields; missing ones are empty, unchecked boxes false. Secrets are taken as typed. */
    public static RouterForm from(Function<String, String> field) {
        Function<String, String> text = name -> field.apply(name) == null ? "" : field.apply(name).strip();
        Function<String, String> raw = name -> field.apply(name) == null ? "" : field.apply(name);
        return new RouterForm(text.apply("name"), text.apply("site"), text.apply("nasIp"),
                text.apply("nasIdentifier"), raw.apply("radiusSecret"),
                !text.apply("requireMessageAuthenticator").isEmpty(), text.apply("coaPort"),
                "API".equals(text.apply("mode")) ? "API" : "RADIUS", text.apply("apiHost"), text.apply("apiPort"),
                !text.apply("apiTls").isEmpty(), text.apply("apiUsername"), raw.apply("apiPassword"),
                text.apply("backupRouterId"), text.apply("hotspotDnsName"));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** The same form with the secrets blanked: what a page may show back. */
    public RouterForm withoutSecrets() {
        return new RouterForm(name, site, nasIp, nasIdentifier, "", requireMessageAuthenticator, coaPort, mode,
                apiHost, apiPort, apiTls, apiUsername, "", backupRouterId, hotspotDnsName);
    }

    public boolean apiMode() {
        return "API".equals(mode);
    }

    /**
     * What is wrong, field by field, before router-gateway is asked.
     *
     * @param editing        whether the router exists (its secret may then be left empty)
     * @param apiPasswordSet whether the router already has an API password, kept when left empty
     */
    public Map<String, Error> errors(boolean editing, boolean apiPasswordSet) {
        Map<String, Error> errors = new LinkedHashMap<>();
        if (name.isEmpty()) {
            errors.put("name", Error.REQUIRED);
        } else if (name.length() > 80) {
            errors.put("name", Error.TOO_LONG);
        }
        if (site.length() > 64) {
            errors.put("site", Error.TOO_LONG);
        }
        if (nasIp.isEmpty()) {
            errors.put("nasIp", Error.REQUIRED);
        } else if (!IP.matcher(nasIp).matches()) {
            errors.put("nasIp", Error.ADDRESS);
        }
        if (nasIdentifier.length() > 253) {
            errors.put("nasIdentifier", Error.TOO_LONG);
        }
        if (radiusSecret.isEmpty() && !editing) {
            errors.put("radiusSecret", Error.REQUIRED);
        } else if (!radiusSecret.isEmpty()
                && (radiusSecret.length() < SECRET_MIN || radiusSecret.length() > SECRET_MAX)) {
            errors.put("radiusSecret", Error.SECRET_LENGTH);
        }
        if (!port(coaPort)) {
            errors.put("coaPort", Error.PORT);
        }
        if (!apiPort.isEmpty() && !port(apiPort)) {
            errors.put("apiPort", Error.PORT);
        }
        if (apiHost.length() > 253) {
            errors.put("apiHost", Error.TOO_LONG);
        }
        if (apiUsername.length() > 64) {
            errors.put("apiUsername", Error.TOO_LONG);
        }
        if (apiPassword.length() > 128) {
            errors.put("apiPassword", Error.TOO_LONG);
        }
        if (apiMode()) {
            if (apiHost.isEmpty()) {
                errors.putIfAbsent("apiHost", Error.API_NEEDS);
            }
            if (apiUsername.isEmpty()) {
                errors.putIfAbsent("apiUsername", Error.API_NEEDS);
            }
            if (apiPassword.isEmpty() && !apiPasswordSet) {
                errors.putIfAbsent("apiPassword", Error.API_NEEDS);
            }
        }
        if (!hotspotDnsName.isEmpty()
                && (hotspotDnsName.length() > 253 || !HOST_AND_PORT.matcher(hotspotDnsName).matches())) {
            errors.put("hotspotDnsName", Error.HOST);
        }
        return errors;
    }

    private static boolean port(String text) {
        return PORT.matcher(text).matches() && Integer.parseInt(text) <= 65535;
    }

    /**
     * The router as router-gateway's {@code RouterRequest}, every field named so the same body
     * creates a router or replaces an existing one's; an empty secret or API password is left out
     * (kept). Only after {@link #errors} found nothing.
     */
    public ObjectNode body() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("name", name);
        body.put("site", site.isEmpty() ? null : site);
        body.put("nasIp", nasIp);
        body.put("nasIdentifier", nasIdentifier.isEmpty() ? null : nasIdentifier);
        if (!radiusSecret.isEmpty()) {
            body.put("radiusSecret", radiusSecret);
        }
        body.put("requireMessageAuthenticator", requireMessageAuthenticator);
        body.put("coaPort", Integer.parseInt(coaPort));
        body.put("mode", mode);
        body.put("apiHost", apiHost.isEmpty() ? null : apiHost);
        body.put("apiPort", apiPort.isEmpty() ? null : Integer.valueOf(apiPort));
        body.put("apiTls", apiTls);
        body.put("apiUsername", apiUsername.isEmpty() ? null : apiUsername);
        if (!apiPassword.isEmpty()) {
            body.put("apiPassword", apiPassword);
        }
        body.put("backupRouterId", backupRouterId.isEmpty() ? null : backupRouterId);
        body.put("hotspotDnsName", hotspotDnsName);
        return body;
    }

    /** The form field a violation router-gateway reported is about ({@code create.request.nasIp}), or null. */
    public static Map.Entry<String, Error> fieldOf(String serviceField) {
        String field = serviceField == null ? "" : serviceField.replaceFirst("^.*\\.", "");
        Error error = switch (field) {
            case "name", "site", "nasIdentifier", "apiHost", "apiUsername", "apiPassword" -> Error.INVALID;
            case "nasIp" -> Error.ADDRESS;
            case "radiusSecret" -> Error.SECRET_LENGTH;
            case "coaPort", "apiPort" -> Error.PORT;
            case "hotspotDnsName" -> Error.HOST;
            case "backupRouterId" -> Error.BACKUP;
            default -> null;
        };
        return error == null ? null : Map.entry(field, error);
    }
}
