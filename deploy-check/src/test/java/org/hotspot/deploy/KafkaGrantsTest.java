package org.hotspot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hotspot.infra.KafkaAccess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Kafka is not open where the suite is deployed either: compose's broker and the Kubernetes users
 * admit only SASL/SCRAM users, one per service, with exactly the ACLs the tests' broker grants
 * ({@link KafkaAccess}): each service writes only the topics it produces, its own audit topic
 * among them, and reads only those it consumes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaGrantsTest {

    private static final Pattern GRANT =
            Pattern.compile("^([a-z-]+)\\|([^|\n]*)\\|([^|\n]*)\\|([^|\n]*)$", Pattern.MULTILINE);

    private Path root;
    private JsonNode compose;
    private Manifests production;

    @BeforeAll
    void read() {
        root = RepoRoot.get();
        compose = Yamls.parseFile(root.resolve("docker-compose.yml")).path("services");
        production = Manifests.render("production");
    }

    /** The grants as {@link KafkaAccess} has them: "user write topic", "user read topic", "user read group:g". */
    private static Set<String> expectedGrants() {
        Set<String> grants = new TreeSet<>();
        for (KafkaAccess.User user : KafkaAccess.USERS) {
            user.writes().forEach(topic -> grants.add(user.name() + " write " + topic));
            user.reads().forEach(topic -> grants.add(user.name() + " read " + topic));
            user.groups().forEach(group -> grants.add(user.name() + " read group:" + group));
        }
        return grants;
    }

    @Test
    void composeRunsTheBrokerWithScramAndDeniesWhatNoAclAllows() throws IOException {
        JsonNode kafka = compose.path("kafka");
        assertThat(kafka.path("command").toString()).contains("start-broker.sh");
        assertThat(kafka.path("volumes").toString()).contains("./deploy/kafka/start-broker.sh");
        Map<String, String> config = properties(Files.readString(root.resolve("deploy/kafka/start-broker.sh")));
        assertThat(config).containsEntry("process.roles", "broker,controller")
                .containsEntry("advertised.listeners", "SASL_PLAINTEXT://kafka:9092")
                .containsEntry("sasl.enabled.mechanisms", "SCRAM-SHA-512")
                .containsEntry("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .containsEntry("allow.everyone.if.no.acl.found", "false")
                .containsEntry("super.users", "User:admin")
                .containsEntry("auto.create.topics.enable", "false");
        assertThat(config.get("listeners")).isEqualTo("SASL_PLAINTEXT://:9092,CONTROLLER://:9093");
        assertThat(config.get("listener.security.protocol.map")).doesNotContain(":PLAINTEXT");
    }

    @Test
    void composeGivesEachServiceItsOwnUserWithTheTestedAcls() throws IOException {
        String script = Files.readString(root.resolve("deploy/kafka/create-users.sh"));
        Set<String> granted = new TreeSet<>();
        Matcher m = GRANT.matcher(script);
        while (m.find()) {
            String user = m.group(1);
            words(m.group(2)).forEach(topic -> granted.add(user + " write " + topic));
            words(m.group(3).replace("${audit_topics}", String.join(" ", KafkaAccess.auditTopics())))
                    .forEach(topic -> granted.add(user + " read " + topic));
            words(m.group(4)).forEach(group -> granted.add(user + " read group:" + group));
        }
        assertThat(granted).isEqualTo(expectedGrants());

        JsonNode init = compose.path("kafka-init");
        assertThat(init.path("command").toString()).contains("create-users.sh");
        for (Service service : Service.values()) {
            JsonNode svc = compose.path(service.id);
            String password = svc.path("environment").path("HOTSPOT_KAFKA_PASSWORD").asText();
            assertThat(password).as("%s Kafka password", service)
                    .startsWith(
                            "${HOTSPOT_KAFKA_PASSWORD_" + service.id.toUpperCase(Locale.ROOT).replace('-', '_') + ":?");
            assertThat(init.path("environment")
                    .has("HOTSPOT_KAFKA_PASSWORD_" + service.id.toUpperCase(Locale.ROOT).replace('-', '_')))
                    .as("kafka-init creates %s's user", service).isTrue();
            assertThat(svc.path("depends_on").path("kafka-init").path("condition").asText())
                    .as("%s waits for its Kafka user", service).isEqualTo("service_completed_successfully");
        }
    }

    @Test
    void kubernetesGivesEachServiceAScramUserWithTheTestedAcls() {
        Set<String> granted = new TreeSet<>();
        for (Service service : Service.values()) {
            JsonNode user = production.get("KafkaUser", service.id);
            assertThat(user.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEqualTo("hotspot");
            JsonNode authentication = user.path("spec").path("authentication");
            assertThat(authentication.path("type").asText()).isEqualTo("scram-sha-512");
            JsonNode password = authentication.path("password").path("valueFrom").path("secretKeyRef");
            assertThat(password.path("name").asText() + "/" + password.path("key").asText())
                    .isEqualTo("hotspot-kafka-users/" + service.id);
            assertThat(user.path("spec").path("authorization").path("type").asText()).isEqualTo("simple");
            for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                assertThat(acl.path("type").asText("allow")).isEqualTo("allow");
                JsonNode resource = acl.path("resource");
                String patternType = resource.path("patternType").asText();
                assertThat(patternType).isIn("literal", "prefix");
                String name = ("group".equals(resource.path("type").asText()) ? "group:" : "")
                        + resource.path("name").asText()
                        + ("prefix".equals(patternType) ? KafkaAccess.PREFIX_MARK : "");
                for (JsonNode operation : acl.path("operations")) {
                    granted.add(service.id + " " + operation.asText().toLowerCase(Locale.ROOT) + " " + name);
                }
            }
        }
        assertThat(production.ofKind("KafkaUser")).hasSize(Service.values().length);
        assertThat(granted).isEqualTo(expectedGrants());
    }

    @Test
    void kubernetesServicesReadTheirOwnKafkaPasswordFromASecret() {
        Map<String, Set<String>> declared = SecretSkeletons.declaredKeys();
        for (Service service : Service.values()) {
            JsonNode container = production.container(service);
            assertThat(K8sObjects.env(container)).as("%s env", service).containsEntry("HOTSPOT_KAFKA_USERNAME",
                    service.id);
            assertThat(K8sObjects.secretRefs(container)).as("%s secrets", service)
                    .contains("hotspot-kafka-users/" + service.id);
            assertThat(declared.get("hotspot-kafka-users")).contains(service.id);
        }
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.trim().split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The key=value lines of a script's heredoc, the broker's server.properties. */
    private static Map<String, String> properties(String script) {
        Map<String, String> config = new TreeMap<>();
        for (String line : script.split("\n")) {
            Matcher m = Pattern.compile("^([a-z][a-z0-9._-]*)=(.*)$").matcher(line);
            if (m.matches()) {
                config.put(m.group(1), m.group(2));
            }
        }
        return config;
    }
}
