package org.hotspot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Redis is a cache, not an authority: each service reaches Redis as its own ACL user with a
 * password from a Secret (compose: from the environment), router-gateway may only read the
 * vouchers' projection, auth-service only its own keys, and production speaks TLS. The ACLs of
 * both the chart's values and the compose file are loaded into a real redis-server and tried.
 */
class RedisAclTest {

    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):\\?[^}]*}");
    private static final String VOUCHER_KEY = "hotspot:v1:voucher:org1:" + "a".repeat(64);
    private static final String PLAN_KEY = "hotspot:v1:plan:org1:profile1";
    private static final String THROTTLE_KEY = "auth:login-attempts:user:admin";
    private static final String PRECHECK_KEY = "voucher:precheck:mac:org1|AA:BB:CC:DD:EE:FF";
    private static final String BLOCK_KEY = "hotspot:v1:radius:blocked:org1:AA-BB-CC-DD-EE-FF";
    private static final String SESSION_KEY = "portal:session:" + "b".repeat(64);
    private static final String REFRESH_LOCK_KEY = "portal:refresh:" + "b".repeat(64);

    @Test
    void productionReachesRedisOverTlsAsEachServicesOwnUserWithItsPasswordFromASecret() {
        Manifests production = Manifests.render("production");
        for (Service service : Service.values()) {
            JsonNode container = production.container(service);
            Map<String, String> env = K8sObjects.env(container);
            assertThat(env.get("QUARKUS_REDIS_HOSTS")).as("%s Redis URI", service)
                    .isEqualTo("rediss://" + service.id + "@hotspot-redis:6379");
            assertThat(K8sObjects.secretRefs(container)).as("%s Redis password", service)
                    .contains("hotspot-redis-users/" + service.id);
            assertThat(passwordVariable(container)).isEqualTo("hotspot-redis-users/" + service.id);
            assertThat(env).containsEntry("QUARKUS_REDIS_TLS_ENABLED", "true")
                    .containsEntry("QUARKUS_REDIS_TLS_HOSTNAME_VERIFICATION_ALGORITHM", "HTTPS")
                    .doesNotContainKey("QUARKUS_REDIS_TLS_TRUST_ALL");
            String ca = env.get("QUARKUS_REDIS_TLS_TRUST_CERTIFICATE_PEM_CERTS");
            assertThat(ca).as("%s trusts the CA from the Secret", service)
                    .isEqualTo("/var/run/secrets/hotspot/redis-ca/ca.crt");
            JsonNode pod = production.deployment(service).path("spec").path("template").path("spec");
            assertThat(K8sObjects.volume(pod, "redis-ca", service).path("secret").path("secretName").asText())
                    .isEqualTo("hotspot-redis-ca");
        }
    }

    @Test
    void theChartGivesEachServiceItsOwnKeysOverTlsAndTheAclsHoldInARealRedis() throws Exception {
        JsonNode values = Yamls.parseFile(RepoRoot.get().resolve("k8s/redis/values.yaml"));
        assertThat(values.path("tls").path("enabled").asBoolean()).as("TLS").isTrue();
        // The chart's own NetworkPolicy (allowExternal by default) would add to ours and admit anyone.
        assertThat(values.path("networkPolicy").path("enabled").asBoolean(true)).as("the chart's NetworkPolicy")
                .isFalse();
        assertThat(values.path("auth").path("existingSecret").asText()).isEqualTo("hotspot-redis-users");
        JsonNode acl = values.path("auth").path("acl");
        assertThat(acl.path("enabled").asBoolean()).isTrue();
        assertThat(acl.path("userSecret").asText()).isEqualTo("hotspot-redis-users");
        List<List<String>> users = new ArrayList<>();
        Map<String, String> passwords = new HashMap<>();
        for (JsonNode user : acl.path("users")) {
            String name = user.path("username").asText();
            List<String> rule = new ArrayList<>(List.of(name, user.path("enabled").asText()));
            if ("on".equals(user.path("enabled").asText())) {
                passwords.put(name, "pw-" + name);
                rule.add(">pw-" + name);
            }
            for (String field : new String[] {"keys", "channels", "commands"}) {
                for (String token : user.path(field).asText().split(" ")) {
                    if (!token.isBlank()) {
                        rule.add(token);
                    }
                }
            }
            users.add(rule);
        }
        for (Service service : Service.values()) {
            assertThat(passwords).as("a user for %s", service).containsKey(service.id);
        }
        tryInRedis(users, passwords);
    }

    @Test
    void composeGivesEachServiceItsOwnUserAndTheAclsHoldInARealRedis() throws Exception {
        JsonNode services = Yamls.parseFile(RepoRoot.get().resolve("docker-compose.yml")).path("services");
        Map<String, String> passwords = new HashMap<>();
        for (Service service : Service.values()) {
            Map<String, String> env = new HashMap<>();
            services.path(service.id).path("environment").properties()
                    .forEach(e -> env.put(e.getKey(), e.getValue().asText()));
            assertThat(env.get("QUARKUS_REDIS_HOSTS")).as("%s Redis URI", service)
                    .isEqualTo("redis://" + service.id + "@redis:6379");
            Matcher password = REQUIRED_VARIABLE.matcher(env.getOrDefault("QUARKUS_REDIS_PASSWORD", ""));
            assertThat(password.matches()).as("%s Redis password from the environment", service).isTrue();
            passwords.put(service.id, password.group(1));
        }
        List<String> command = new ArrayList<>();
        services.path("redis").path("command").forEach(token -> command.add(token.asText()));
        List<List<String>> users = new ArrayList<>();
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < command.size(); i++) {
            if (!command.get(i).equals("--user")) {
                continue;
            }
            List<String> rule = new ArrayList<>();
            for (i++; i < command.size() && !command.get(i).startsWith("--"); i++) {
                String token = command.get(i);
                Matcher variable = REQUIRED_VARIABLE.matcher(token);
                if (variable.find()) {
                    String user = rule.get(0);
                    assertThat(variable.group(1)).as("%s's password is the one it is given", user)
                            .isEqualTo(passwords.get(user));
                    given.put(user, "pw-" + user);
                    token = variable.replaceAll("pw-" + user);
                }
                rule.add(token);
            }
            i--;
            users.add(rule);
        }
        tryInRedis(users, given);
    }

    private static String passwordVariable(JsonNode container) {
        for (JsonNode var : container.path("env")) {
            if (var.path("name").asText().equals("QUARKUS_REDIS_PASSWORD")) {
                JsonNode ref = var.path("valueFrom").path("secretKeyRef");
                return ref.path("name").asText() + "/" + ref.path("key").asText();
            }
        }
        return null;
    }

    /** Starts redis-server with these users and tries what each service must and must not do. */
    private static void tryInRedis(List<List<String>> users, Map<String, String> passwords) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path dir = Files.createTempDirectory("redis-acl");
        List<String> command = new ArrayList<>(List.of("redis-server", "--port", Integer.toString(port), "--bind",
                "127.0.0.1", "--dir", dir.toString(), "--save", "", "--appendonly", "no"));
        for (List<String> rule : users) {
            command.add("--user");
            command.addAll(rule);
        }
        Process redis = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("redis.log").toFile()).start();
        try {
            Cli cli = new Cli(port, passwords);
            for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                    !cli.as("portal-web", "PING").equals("PONG");) {
                assertThat(redis.isAlive())
                        .as("redis-server took the users: %s", Files.readString(dir.resolve("redis.log"))).isTrue();
                assertThat(System.nanoTime()).as("redis-server started").isLessThan(deadline);
                Thread.sleep(100);
            }
            assertThat(cli.anonymous("GET", VOUCHER_KEY)).as("the default user reaches no key")
                    .containsAnyOf("NOAUTH", "NOPERM");

            assertThat(cli.as("voucher-service", "SET", VOUCHER_KEY, "{}")).isEqualTo("OK");
            assertThat(cli.as("voucher-service", "SET", PLAN_KEY, "{}")).isEqualTo("OK");
            assertThat(cli.as("voucher-service", "GET", THROTTLE_KEY)).contains("NOPERM");
            assertThat(cli.as("voucher-service", "DEL", BLOCK_KEY)).contains("NOPERM");

            assertThat(cli.as("router-gateway", "MGET", VOUCHER_KEY, BLOCK_KEY)).doesNotContain("NOPERM");
            assertThat(cli.as("router-gateway", "GET", PLAN_KEY)).isEqualTo("{}");
            assertThat(cli.as("router-gateway", "SET", VOUCHER_KEY, "{\"state\":\"ACTIVE\"}")).contains("NOPERM");
            assertThat(cli.as("router-gateway", "SET", PLAN_KEY, "{}")).contains("NOPERM");
            assertThat(cli.as("router-gateway", "DEL", VOUCHER_KEY)).contains("NOPERM");
            assertThat(cli.as("router-gateway", "INCR", "hotspot:v1:radius:rejects:nas:r1")).isEqualTo("1");
            assertThat(cli.as("router-gateway", "SET", BLOCK_KEY, "5")).isEqualTo("OK");
            assertThat(cli.as("router-gateway", "DEL", THROTTLE_KEY)).contains("NOPERM");
            assertThat(cli.as("router-gateway", "CLIENT", "TRACKING", "ON")).isEqualTo("OK");
            assertThat(cli.as("router-gateway", "FLUSHALL")).contains("NOPERM");

            assertThat(cli.as("auth-service", "INCR", THROTTLE_KEY)).isEqualTo("1");
            assertThat(cli.as("auth-service", "GET", VOUCHER_KEY)).contains("NOPERM");
            assertThat(cli.as("auth-service", "DEL", BLOCK_KEY)).contains("NOPERM");
            // The login throttle counts in a script: auth-service may run one on its own keys, and only on them.
            assertThat(cli.as("auth-service", "EVAL", "redis.call('INCR', KEYS[1]) return redis.call('PTTL', KEYS[1])",
                    "1", THROTTLE_KEY)).isEqualTo("-1");
            assertThat(cli.as("auth-service", "EVAL", "return redis.call('GET', KEYS[1])", "1", VOUCHER_KEY))
                    .containsAnyOf("NOPERM", "can't access");
            assertThat(cli.as("auth-service", "EVAL", "return redis.call('SET', 'hotspot:v1:plan:org1:p', 'x')", "0"))
                    .containsAnyOf("NOPERM", "can't access");
            assertThat(cli.as("router-gateway", "EVAL", "return 1", "0")).contains("NOPERM");
            // The portal's precheck counts in a script too: voucher-service's own counters, and only those.
            assertThat(
                    cli.as("voucher-service", "EVAL", "redis.call('INCR', KEYS[1]) return redis.call('PTTL', KEYS[1])",
                            "1", PRECHECK_KEY))
                    .isEqualTo("-1");
            assertThat(cli.as("voucher-service", "EVAL", "return redis.call('GET', KEYS[1])", "1", THROTTLE_KEY))
                    .containsAnyOf("NOPERM", "can't access");

            for (String keyless : new String[] {"session-service", "portal-web"}) {
                assertThat(cli.as(keyless, "GET", VOUCHER_KEY)).as(keyless).contains("NOPERM");
                assertThat(cli.as(keyless, "DEL", THROTTLE_KEY)).as(keyless).contains("NOPERM");
            }
            // The dashboard's sessions: what BrowserSessions does, on portal:* alone, and nothing wider.
            assertThat(cli.as("portal-web", "SET", SESSION_KEY, "v1:sealed", "PX", "60000")).isEqualTo("OK");
            assertThat(cli.as("portal-web", "GET", SESSION_KEY)).isEqualTo("v1:sealed");
            assertThat(cli.as("portal-web", "PEXPIRE", SESSION_KEY, "60000")).isEqualTo("1");
            assertThat(cli.as("portal-web", "SET", REFRESH_LOCK_KEY, "1", "NX", "GET", "PX", "10000")).isEmpty();
            assertThat(cli.as("portal-web", "DEL", SESSION_KEY)).isEqualTo("1");
            assertThat(cli.as("portal-web", "SET", VOUCHER_KEY, "{}")).contains("NOPERM");
            assertThat(cli.as("portal-web", "KEYS", "portal:*")).contains("NOPERM");
            assertThat(cli.as("portal-web", "EVAL", "return 1", "0")).contains("NOPERM");
            assertThat(cli.as("portal-web", "FLUSHALL")).contains("NOPERM");
            assertThat(cli.as("session-service", "GET", SESSION_KEY)).contains("NOPERM");
            assertThat(cli.as("voucher-service", "GET", SESSION_KEY)).contains("NOPERM");
            assertThat(cli.as("voucher-service", "KEYS", "*")).contains("NOPERM");
        } finally {
            redis.destroy();
            redis.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** redis-cli as a user; the reply as redis-cli prints it, errors included. */
    private record Cli(int port, Map<String, String> passwords) {

        String as(String user, String... command) throws IOException, InterruptedException {
            List<String> args =
                    new ArrayList<>(List.of("--user", user, "--pass", passwords.get(user), "--no-auth-warning"));
            args.addAll(List.of(command));
            return run(args);
        }

        String anonymous(String... command) throws IOException, InterruptedException {
            return run(List.of(command));
        }

        private String run(List<String> args) throws IOException, InterruptedException {
            List<String> command =
                    new ArrayList<>(List.of("redis-cli", "-h", "127.0.0.1", "-p", Integer.toString(port)));
            command.addAll(args);
            Process cli = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertThat(cli.waitFor(10, TimeUnit.SECONDS)).isTrue();
            return out;
        }
    }
}
