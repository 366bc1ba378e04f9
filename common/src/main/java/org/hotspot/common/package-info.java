/**
 * Pieces every service uses one implementation of. Business logic never lives here; each service's
 * domain stays in its own module.
 */
package org.hotspot.common;
