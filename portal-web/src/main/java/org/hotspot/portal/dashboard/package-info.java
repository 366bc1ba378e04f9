/**
 * The operators' dashboard under {@code /dashboard}: its browser session, its frame and navigation,
 * and one sub-package per area (plans, batches, vouchers, sessions). The captive portal is not here.
 */
package org.hotspot.portal.dashboard;
