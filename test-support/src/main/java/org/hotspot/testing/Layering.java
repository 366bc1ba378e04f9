package org.hotspot.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The package rules every service keeps, for ArchUnit. A service's {@code LayeringTest} analyses its
 * main classes (root package {@code org.hotspot.<service>}) with all of them, {@code ArchTests.in(Layering.class)};
 * one that breaks a rule today applies that rule on its own instead, with the breaking classes as known
 * exceptions and a comment naming them, so the build stays green and the exception stays in sight.
 *
 * <p>Rules about a kind of package ({@code codec}, {@code io}) hold wherever such a package appears
 * in a service and pass where there is none: a protocol added later is guarded from its first class.
 */
public final class Layering {

    private static final String SERVICES = "org.hotspot.";
    /** JAX-RS annotations whose methods answer HTTP requests. */
    private static final List<String> RESOURCE_METHODS = Stream.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD",
            "OPTIONS", "Path").map(name -> "jakarta.ws.rs." + name).toList();
    /** How a class says it is stored: a Panache MongoDB entity, or JPA's. */
    private static final List<String> ENTITY_ANNOTATIONS = List.of("io.quarkus.mongodb.panache.common.MongoEntity",
            "jakarta.persistence.Entity");
    private static final List<String> ENTITY_SUPERTYPES = List.of("io.quarkus.mongodb.panache.PanacheMongoEntityBase",
            "io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoEntityBase");

    @ArchTest
    static final ArchRule codecsImportNothingOfTheirService = codecsImportNothingOfTheirService();

    @ArchTest
    static final ArchRule codecsDoNoIo = codecsDoNoIo();

    @ArchTest
    static final ArchRule ioImportsOnlyItsCodec = ioImportsOnlyItsCodec();

    @ArchTest
    static final ArchRule restIsImportedByNobody = restIsImportedByNobody();

    @ArchTest
    static final ArchRule entitiesDoNotLeaveRestAsJson = entitiesDoNotLeaveRestAsJson();

    private Layering() {
    }

    /**
     * A codec ({@code ..codec..}) turns bytes into values and back: of its service it imports only its
     * own package, so it can be read, tested and fuzzed alone.
     */
    public static ArchRule codecsImportNothingOfTheirService(String... knownExceptions) {
        return excluding(classes().that().resideInAPackage("..codec.."), knownExceptions)
                .should(importOfTheirServiceOnly("codec", "codec"))
                .allowEmptyShould(true)
                .because("a codec knows nothing of the service that uses it");
    }

    /** A codec does no I/O: no sockets, no event loops, nothing asynchronous. */
    public static ArchRule codecsDoNoIo(String... knownExceptions) {
        return excluding(noClasses().that().resideInAPackage("..codec.."), knownExceptions)
                .should().dependOnClassesThat(resideInAnyPackage("io.vertx..", "io.netty..", "io.smallrye.mutiny..",
                        "java.nio.channels.."))
                .allowEmptyShould(true)
                .because("I/O is the io package's; a codec is called with bytes and answers with bytes");
    }

    /**
     * An {@code io} package (sockets, connections, retransmissions) does not import {@code service}, nor
     * anything else of its service but its protocol's codec: what it needs to know of routers or
     * clients it asks through interfaces of its own, as tinyradius-netty's {@code SecretProvider}.
     */
    public static ArchRule ioImportsOnlyItsCodec(String... knownExceptions) {
        return excluding(classes().that().resideInAPackage("..io.."), knownExceptions)
                .should(importOfTheirServiceOnly("io", "io", "codec"))
                .allowEmptyShould(true)
                .because("the I/O part of a protocol stays apart from the use cases that answer it");
    }

    /** Resources and their API records are the edge of a service: nothing inside it imports {@code rest}. */
    public static ArchRule restIsImportedByNobody(String... knownExceptions) {
        String rest = SERVICES + "*.rest..";
        return excluding(noClasses().that().resideOutsideOfPackage(rest), knownExceptions)
                .should().dependOnClassesThat(resideInAPackage(rest))
                .because("the use cases must not depend on how HTTP presents them");
    }

    /**
     * Entities do not leave {@code rest} as JSON: no resource method returns one, as such or inside
     * another type ({@code Uni<List<Router>>}), and no API record of {@code rest} holds one. What a
     * {@code Response} carries is not seen here.
     */
    public static ArchRule entitiesDoNotLeaveRestAsJson(String... knownExceptions) {
        return excluding(classes().that().resideInAPackage("org.hotspot.."), knownExceptions)
                .should(sendNoEntityAsJson())
                .because("resources speak API records, mapped from entities explicitly, so a stored field "
                        + "never reaches a client by accident");
    }

    /** The classes but the known exceptions, their nested classes with them. */
    private static GivenClassesConjunction excluding(GivenClassesConjunction classes, String... knownExceptions) {
        if (knownExceptions.length == 0) {
            return classes;
        }
        String names =
                Stream.of(knownExceptions).map(Pattern::quote).collect(Collectors.joining("|", "(", ")(\\$.*)?"));
        return classes.and(not(nameMatching(names)).as("are not the known exceptions " + List.of(knownExceptions)));
    }

    /**
     * Of its own service, depends only on the packages of the given kinds of the same protocol
     * ({@code radius.io} may import {@code radius.codec}, not {@code routeros.codec} nor {@code service}).
     */
    private static ArchCondition<JavaClass> importOfTheirServiceOnly(String kind, String... allowedKinds) {
        return new ArchCondition<>("import nothing of their service but their own "
                + String.join(" and ", allowedKinds) + " package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String service = serviceOf(origin.getPackageName());
                String protocol = protocolOf(origin.getPackageName(), kind);
                if (service == null || protocol == null) {
                    return;
                }
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    if (inside(target, service)
                            && Stream.of(allowedKinds).noneMatch(allowed -> inside(target, protocol + "." + allowed))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** {@code org.hotspot.gateway} for any package of router-gateway; null outside the services. */
    private static String serviceOf(String packageName) {
        if (!packageName.startsWith(SERVICES)) {
            return null;
        }
        int end = packageName.indexOf('.', SERVICES.length());
        return end < 0 ? packageName : packageName.substring(0, end);
    }

    /** The package a {@code kind} package sits in ({@code x.radius} for {@code x.radius.codec.y}); null when none. */
    private static String protocolOf(String packageName, String kind) {
        String[] parts = packageName.split("\\.");
        for (int i = parts.length - 1; i > 0; i--) {
            if (parts[i].equals(kind)) {
                return String.join(".", List.of(parts).subList(0, i));
            }
        }
        return null;
    }

    private static boolean inside(String packageName, String root) {
        return packageName.equals(root) || packageName.startsWith(root + ".");
    }

    private static ArchCondition<JavaClass> sendNoEntityAsJson() {
        return new ArchCondition<>("send no entity as JSON") {
            @Override
            public void check(JavaClass owner, ConditionEvents events) {
                for (JavaMethod method : owner.getMethods()) {
                    if (RESOURCE_METHODS.stream().anyMatch(method::isAnnotatedWith)) {
                        entitiesIn(method.getReturnType()).forEach(entity -> events.add(SimpleConditionEvent.violated(
                                method, method.getFullName() + " returns the entity " + entity.getName())));
                    }
                }
                String service = serviceOf(owner.getPackageName());
                if (owner.isRecord() && service != null && inside(owner.getPackageName(), service + ".rest")) {
                    for (JavaField field : owner.getFields()) {
                        entitiesIn(field.getType()).forEach(entity -> events.add(SimpleConditionEvent.violated(
                                field, field.getFullName() + " holds the entity " + entity.getName())));
                    }
                }
            }
        };
    }

    private static Stream<JavaClass> entitiesIn(JavaType type) {
        return type.getAllInvolvedRawTypes().stream().filter(Layering::isEntity);
    }

    private static boolean isEntity(JavaClass type) {
        return ENTITY_ANNOTATIONS.stream().anyMatch(type::isAnnotatedWith)
                || ENTITY_SUPERTYPES.stream().anyMatch(type::isAssignableTo);
    }
}
