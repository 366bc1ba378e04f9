package org.hotspot.layered;

/** A domain type of the made-up service. */
public record Domain(String name) {
}
