/**
 * Concurrency helpers shared by the services: calls coalesced into batches while a round trip is on
 * its way. Nothing here does I/O of its own.
 */
package org.hotspot.common.concurrent;
