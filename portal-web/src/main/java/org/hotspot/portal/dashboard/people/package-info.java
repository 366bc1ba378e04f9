/**
 * The dashboard's operators and resellers pages (auth-service's operators, voucher-service's reseller
 * allowances): the list, creating an operator, a person's page with role, disabling, password and
 * second-factor resets, and a reseller's credit and plans. The organization's settings are in
 * {@code dashboard.settings}.
 */
package org.hotspot.portal.dashboard.people;
