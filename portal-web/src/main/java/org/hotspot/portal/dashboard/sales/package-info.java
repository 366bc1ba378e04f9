/** The sales page ({@code /dashboard/sales}): vouchers sold by reseller or plan over a period, from voucher-service. */
package org.hotspot.portal.dashboard.sales;
