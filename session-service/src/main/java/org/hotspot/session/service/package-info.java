/** The use cases: applying accounting to sessions, voucher totals, closing sessions, enforcing quotas. */
package org.hotspot.session.service;
