/** The dashboard's sign-in, account and overview pages, and the {@code /api/**} proxy to the services. */
package org.hotspot.portal.dashboard.rest;
