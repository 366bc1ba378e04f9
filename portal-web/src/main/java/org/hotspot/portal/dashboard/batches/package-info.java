/**
 * The dashboard's batches pages: the list, making a batch (a reseller within credit) with its live
 * progress, a batch's vouchers, the CSV export and card printing, each through portal-web with the
 * signed-in operator's token. Plans are in {@code dashboard.plans}.
 */
package org.hotspot.portal.dashboard.batches;
