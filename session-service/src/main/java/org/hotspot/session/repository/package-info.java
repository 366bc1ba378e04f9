/** MongoDB access for sessions: conditional single-document writes, reads scoped to an organization. */
package org.hotspot.session.repository;
