/** Commands for router-gateway on {@code router-commands}, and what came of them on {@code router-events}. Pure records. */
package org.hotspot.events.router;
