/**
 * Test resources shared by every service's tests: real Kafka, Redis and MongoDB, each started once
 * per test JVM and injected with its own annotation, and the smoke checks every service passes.
 * Nothing here is a mock of a server.
 */
package org.hotspot.testing;
