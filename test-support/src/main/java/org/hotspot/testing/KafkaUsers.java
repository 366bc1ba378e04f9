package org.hotspot.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.hotspot.infra.KafkaAccess;
import org.hotspot.infra.KafkaBroker;
import org.hotspot.infra.KafkaCredentials;

/**
 * The users of the test brokers: a test talks to a broker as one of our services (or as its
 * administrator, to read any topic), since the broker admits no one else. Brokers are found by
 * their bootstrap address through system properties, as Quarkus loads test resources in other class
 * loaders than the tests.
 */
public final class KafkaUsers {

    private static final String PREFIX = "hotspot.test.kafka.credentials.";

    private KafkaUsers() {
    }

    /**
     * Makes {@code broker}'s users known to the tests of this JVM, and lets every service use the smoke
     * check's topic ({@link SmokeChannels}), which exists only in tests, in a group of its own.
     */
    public static void register(KafkaBroker broker) {
        String bootstrap = broker.bootstrapServers();
        System.setProperty(PREFIX + bootstrap, broker.credentials().file().toString());
        String smoke = SmokeChannels.PING.topic();
        try (Admin admin = Admin.create(adminClient(bootstrap))) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(smoke)) {
                admin.createTopics(List.of(new NewTopic(smoke, Optional.empty(), Optional.empty())))
                        .all().get(30, TimeUnit.SECONDS);
            }
            List<AclBinding> bindings = new ArrayList<>();
            for (String service : KafkaAccess.SERVICES) {
                ResourcePattern topic = new ResourcePattern(ResourceType.TOPIC, smoke, PatternType.LITERAL);
                bindings.add(allow(service, topic, AclOperation.WRITE));
                bindings.add(allow(service, topic, AclOperation.READ));
                bindings.add(allow(service, new ResourcePattern(ResourceType.GROUP, service + "-smoke",
                        PatternType.LITERAL), AclOperation.READ));
            }
            admin.createAcls(bindings).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot let the services use " + smoke + " on " + bootstrap, e);
        }
    }

    /** A Kafka client's security settings as {@code user} on the broker at {@code bootstrap}. */
    public static Map<String, Object> as(String bootstrap, String user) {
        return credentials(bootstrap).clientConfig(user);
    }

    /** {@code user}'s password on the broker at {@code bootstrap}. */
    public static String password(String bootstrap, String user) {
        return credentials(bootstrap).password(user);
    }

    /** A Kafka client's security settings as the broker's administrator, for reading any topic. */
    public static Map<String, Object> admin(String bootstrap) {
        return as(bootstrap, KafkaAccess.ADMIN);
    }

    /**
     * As the service that produces {@code topic}, so what a test puts on a topic passes the same ACL
     * as the real producer's records; the administrator for a topic no service writes.
     */
    public static Map<String, Object> writerOf(String bootstrap, String topic) {
        return KafkaAccess.USERS.stream()
                .filter(user -> user.writes().contains(topic))
                .findFirst()
                .map(user -> as(bootstrap, user.name()))
                .orElseGet(() -> admin(bootstrap));
    }

    /**
     * What an in-process {@code @QuarkusTest} needs besides the address: every service's password,
     * and its own chosen by its Kafka user name ({@code hotspot.kafka.username}, its application
     * name), so each service's tests run as that service.
     */
    public static Map<String, String> serviceConfig(String bootstrap) {
        KafkaCredentials credentials = credentials(bootstrap);
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", bootstrap);
        KafkaAccess.SERVICES.forEach(
                service -> config.put("hotspot.test.kafka-passwords." + service, credentials.password(service)));
        config.put("hotspot.kafka.password", "${hotspot.test.kafka-passwords.${hotspot.kafka.username}}");
        return config;
    }

    /**
     * Lets {@code user} read a topic of a test's own in a consumer group of the test's own, as the
     * broker's administrator: a service run on them gets exactly the rights it has on its real ones.
     */
    public static void allowRead(String bootstrap, String user, String topic, String group) throws Exception {
        try (Admin admin = Admin.create(adminClient(bootstrap))) {
            admin.createAcls(List.of(
                    allow(user, new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL), AclOperation.READ),
                    allow(user, new ResourcePattern(ResourceType.GROUP, group, PatternType.LITERAL),
                            AclOperation.READ)))
                    .all().get(30, TimeUnit.SECONDS);
        }
    }

    private static Map<String, Object> adminClient(String bootstrap) {
        Map<String, Object> config = new HashMap<>(admin(bootstrap));
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return config;
    }

    private static AclBinding allow(String user, ResourcePattern resource, AclOperation operation) {
        return new AclBinding(resource,
                new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW));
    }

    private static KafkaCredentials credentials(String bootstrap) {
        String file = System.getProperty(PREFIX + bootstrap);
        if (file == null) {
            throw new IllegalStateException(
                    "no test Kafka broker at " + bootstrap + " (started by KafkaTestResource?)");
        }
        return KafkaCredentials.load(Path.of(file));
    }
}
