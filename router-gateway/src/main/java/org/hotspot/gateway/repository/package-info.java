/** MongoDB access for router-gateway's own records, always scoped to an organization unless a RADIUS packet is being matched. */
package org.hotspot.gateway.repository;
