/** The voucher-guessing budgets: enforced by router-gateway, shown as a rate by voucher-service's estimate. */
package org.hotspot.common.guessing;
