package org.hotspot.gateway.kit;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hotspot.gateway.Router;
import org.hotspot.gateway.config.GatewayConfig;

/**
 * A router's hotspot kit: {@code login.html} and {@code flogin.html} send the browser to the captive
 * portal with the router's variables, {@code alogin.html} on to the portal's "you are online" page,
 * {@code logout.html} back to the portal, and {@code hotspot-setup.rsc} sets the RADIUS client, CoA,
 * the hotspot profile and the portal's walled garden. The RADIUS secret is never in it: the script
 * carries a placeholder the admin replaces, so a kit passed around or left in a download folder
 * gives nobody the router's secret.
 */
@ApplicationScoped
public class HotspotKit {

    /** The kit's files, by the name {@code GET /api/routers/{id}/hotspot-kit/{file}} gives them. */
    public static final List<String> FILES =
            List.of("login.html", "alogin.html", "flogin.html", "logout.html", "hotspot-setup.rsc");

    private static final String SCRIPT = "hotspot-setup.rsc";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final int STANDARD_AUTH_PORT = 1812;
    private static final int STANDARD_ACCT_PORT = 1813;

    private final Map<String, String> templates = new LinkedHashMap<>();
    private final String portal;
    private final String portalHost;
    private final String radiusHost;
    private final int authPort;
    private final int acctPort;
    private final Duration interimInterval;

    public HotspotKit(GatewayConfig config) {
        this.portal = config.kit().portalUrl().toString().replaceAll("/+$", "");
        this.portalHost = config.kit().portalUrl().getHost();
        this.radiusHost = config.kit().radiusHost();
        // Port 0 (tests) binds any free port: a router is told the standard one.
        this.authPort = config.radius().radiusAuthPort() == 0 ? STANDARD_AUTH_PORT : config.radius().radiusAuthPort();
        this.acctPort = config.radius().radiusAcctPort() == 0 ? STANDARD_ACCT_PORT : config.radius().radiusAcctPort();
        this.interimInterval = config.kit().interimInterval();
        for (String file : List.of("login.html", "redirect.html", SCRIPT)) {
            templates.put(file, template(file));
        }
    }

    /** The file filled for this router, or null when the kit has no file of that name. */
    public String file(Router router, String name) {
        return switch (name) {
            case "login.html", "flogin.html" -> fill("login.html", loginValues(router));
            // RouterOS fills $(link-redirect) in: it stands where a value would, in attributes only.
            case "alogin.html" -> fill("redirect.html", Map.of("to", "$(link-redirect)"));
            case "logout.html" -> fill("redirect.html", Map.of("to", Quoting.html(loggedOut(router))));
            case SCRIPT -> fill(SCRIPT, scriptValues(router));
            default -> null;
        };
    }

    /** The five files as a zip: the pages under {@code hotspot/}, the directory RouterOS serves them from. */
    public byte[] zip(Router router) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (String name : FILES) {
                zip.putNextEntry(new ZipEntry(name.equals(SCRIPT) ? name : "hotspot/" + name));
                zip.write(file(router, name).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** {@code hotspot-kit-<router name>.zip}, the name reduced to characters safe in any file system. */
    public static String archiveName(Router router) {
        String safe = router.name == null ? "" : router.name.replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
        return "hotspot-kit-" + (safe.isEmpty() ? "router" : safe) + ".zip";
    }

    private Map<String, String> loginValues(Router router) {
        return Map.of("portal", Quoting.html(portal), "router-id", Quoting.html(router.id));
    }

    private String loggedOut(Router router) {
        return portal + "/portal?router=" + URLEncoder.encode(router.id, StandardCharsets.UTF_8) + "&logged-out=1";
    }

    private Map<String, String> scriptValues(Router router) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("router-name", Quoting.routerOs(router.name == null ? "" : router.name));
        // Our own UUID, in a comment line.
        values.put("router-id", router.id);
        values.put("radius-host", Quoting.routerOs(radiusHost));
        values.put("auth-port", Integer.toString(authPort));
        values.put("acct-port", Integer.toString(acctPort));
        values.put("coa-port", Integer.toString(router.coaPort == 0 ? 3799 : router.coaPort));
        values.put("interim", routerOsTime(interimInterval));
        // dns-name is a bare host name: a :port (tests) is the portal's concern, not the router's.
        values.put("dns-name", router.hotspotDnsName == null ? ""
                : " dns-name=" + Quoting.routerOs(router.hotspotDnsName.replaceFirst(":\\d+$", "")));
        values.put("portal-host", Quoting.routerOs(portalHost));
        values.put("portal-ip-match", IPV4.matcher(portalHost).matches() ? "dst-address=" + portalHost
                : "dst-host=" + Quoting.routerOs(portalHost));
        return values;
    }

    /** RouterOS's {@code hh:mm:ss}. */
    private static String routerOsTime(Duration duration) {
        long seconds = Math.max(1, duration.toSeconds());
        return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    private String fill(String template, Map<String, String> values) {
        String filled = templates.get(template);
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{{" + value.getKey() + "}}", value.getValue());
        }
        return filled;
    }

    private static String template(String file) {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("hotspot-kit/" + file)) {
            if (in == null) {
                throw new IllegalStateException("hotspot-kit/" + file + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
