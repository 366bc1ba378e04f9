/**
 * Real infrastructure servers on loopback without a Docker engine: Kafka in KRaft mode in a child
 * JVM, Redis from the machine or the bundled binary, MongoDB from {@code mongod} or the embedded
 * wire-compatible server. Used by the launcher and by test-support; no service depends on it.
 */
package org.hotspot.infra;
