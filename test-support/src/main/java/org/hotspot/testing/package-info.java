/**
 * Test resources shared by every service's tests: real Kafka, Redis and MongoDB, and our own
 * packaged auth-service and voucher-service, each started once per test JVM and injected with its
 * own annotation, and the smoke checks every service passes.
 * Nothing here is a mock of a server.
 */
package org.hotspot.testing;
