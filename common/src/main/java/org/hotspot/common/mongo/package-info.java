/**
 * What every service's MongoDB repositories share: reading the driver's failures (a taken unique
 * key) and the reads and writes scoped to one organization. No service's documents live here.
 */
package org.hotspot.common.mongo;
