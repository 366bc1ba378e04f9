package org.hotspot.layered.rest;

/** An API record of the made-up service. */
public record View(String name) {
}
