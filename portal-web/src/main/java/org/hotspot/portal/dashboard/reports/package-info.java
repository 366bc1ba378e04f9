/**
 * The usage reports page ({@code /dashboard/reports}): data and online time by plan, router or
 * site over a period from session-service's roll-ups, as a uPlot chart (an enhancement), the same
 * figures as a table, a CSV of what is shown, and the vouchers that used the most data. Also the
 * texts of the sales page ({@code reports} bundle).
 */
package org.hotspot.portal.dashboard.reports;
