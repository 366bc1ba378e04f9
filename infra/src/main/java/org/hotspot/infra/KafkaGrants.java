package org.hotspot.infra;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Gives a running broker what {@link KafkaAccess} says, as its administrator: each service's SCRAM
 * user, the topics, and the ACLs. Every step is idempotent, so it runs at every start (a password
 * file edited by hand, or a table that grew, takes effect at the next start).
 */
final class KafkaGrants {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int SCRAM_ITERATIONS = 8192;

    private KafkaGrants() {
    }

    static void apply(Admin admin, KafkaCredentials credentials) throws Exception {
        upsertUsers(admin, credentials);
        createTopics(admin);
        List<AclBinding> bindings = bindings();
        admin.createAcls(bindings).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        awaitApplied(admin, bindings);
    }

    /** The ACLs of every service user. */
    static List<AclBinding> bindings() {
        List<AclBinding> bindings = new ArrayList<>();
        for (KafkaAccess.User user : KafkaAccess.USERS) {
            String principal = "User:" + user.name();
            user.writes()
                    .forEach(topic -> bindings.add(allow(principal, ResourceType.TOPIC, topic, AclOperation.WRITE)));
            user.reads().forEach(topic -> bindings.add(allow(principal, ResourceType.TOPIC, topic, AclOperation.READ)));
            user.groups()
                    .forEach(group -> bindings.add(allow(principal, ResourceType.GROUP, group, AclOperation.READ)));
        }
        return bindings;
    }

    private static AclBinding allow(String principal, ResourceType type, String name, AclOperation operation) {
        boolean prefix = name.endsWith(KafkaAccess.PREFIX_MARK);
        ResourcePattern pattern = prefix
                ? new ResourcePattern(type, name.substring(0, name.length() - 1), PatternType.PREFIXED)
                : new ResourcePattern(type, name, PatternType.LITERAL);
        return new AclBinding(pattern,
                new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
    }

    private static void upsertUsers(Admin admin, KafkaCredentials credentials) throws Exception {
        admin.alterUserScramCredentials(KafkaAccess.SERVICES.stream()
                .map(service -> (UserScramCredentialAlteration) new UserScramCredentialUpsertion(service,
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS),
                        credentials.password(service)))
                .toList())
                .all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    private static void createTopics(Admin admin) throws Exception {
        Set<String> existing = admin.listTopics().names().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        List<NewTopic> missing = KafkaAccess.topics().stream()
                .filter(topic -> !existing.contains(topic))
                .map(topic -> new NewTopic(topic, Optional.empty(), Optional.empty()))
                .toList();
        try {
            admin.createTopics(missing).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    /** ACLs reach the broker's authorizer through the metadata log: wait until it has them all. */
    private static void awaitApplied(Admin admin, Collection<AclBinding> bindings) {
        Await.until("the Kafka ACLs to be applied", TIMEOUT, () -> true, () -> {
            try {
                Set<AclBinding> present = new HashSet<>(admin.describeAcls(AclBindingFilter.ANY).values()
                        .get(5, TimeUnit.SECONDS));
                return present.containsAll(bindings);
            } catch (Exception e) {
                return false;
            }
        });
    }
}
