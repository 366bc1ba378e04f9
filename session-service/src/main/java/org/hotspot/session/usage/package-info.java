/**
 * The usage time series: raw per-session samples and the hourly and daily roll-ups kept up to date
 * as they arrive, their queries and their retention. Sessions and quotas live elsewhere.
 */
package org.hotspot.session.usage;
