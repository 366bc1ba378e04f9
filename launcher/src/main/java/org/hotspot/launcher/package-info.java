/**
 * The local launcher behind {@code ./hotspot}: one machine, no Docker. It owns the processes it
 * starts and stops every one of them; it holds no business logic.
 */
package org.hotspot.launcher;
