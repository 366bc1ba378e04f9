/**
 * Warming a service's hot paths at start, before its readiness says UP: the JIT compiles them while
 * no router waits. What each service warms is its own; the runner and the readiness check live here.
 */
package org.hotspot.common.warmup;
