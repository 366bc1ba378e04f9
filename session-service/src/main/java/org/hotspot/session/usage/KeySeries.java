package org.hotspot.session.usage;

import java.util.List;

/**
 * One key's usage over time: a voucher's, router's, site's, profile's or the organization's.
 *
 * @param key    the voucher, profile or router id, the site, or the organization id
 * @param points the buckets with usage, oldest first; buckets without usage are left out
 */
public record KeySeries(String key, List<UsagePoint> points) {
}
