/**
 * The dashboard's plans pages (voucher-service's profiles): the list, the create and edit forms
 * with their units and the apply-to choice, and retiring. Batches and printing are in
 * {@code dashboard.batches}.
 */
package org.hotspot.portal.dashboard.plans;
