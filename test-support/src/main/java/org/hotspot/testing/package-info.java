/**
 * Test resources shared by every service's tests: real Kafka, Redis and MongoDB, and our own
 * packaged auth-service, voucher-service and router-gateway, each started once per test JVM and
 * injected with its own annotation; the stacks a test class declares them in ({@link WithAuthService}
 * and its siblings); and the smoke checks every service passes.
 * Nothing here is a mock of a server.
 */
package org.hotspot.testing;
