package org.hotspot.portal.dashboard.settings;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How the organization wants its dashboard written: the time zone of every date, whether numbers use
 * Persian digits whatever the page's language, and the currency it usually grants reseller credit in.
 */
public record OrganizationLook(ZoneId zone, boolean persianDigits, String currency) {

    /** UTC, the language's own digits, USD: an organization that set nothing, or could not be asked. */
    public static final OrganizationLook DEFAULT = new OrganizationLook(ZoneOffset.UTC, false, "USD");

    static OrganizationLook of(OrganizationClient.Organization organization) {
        ZoneId zone;
        try {
            zone = organization.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(organization.timeZone());
        } catch (RuntimeException unknown) {
            // A zone this JVM's tz data lacks: UTC rather than a broken page.
            zone = ZoneOffset.UTC;
        }
        return new OrganizationLook(zone, "persian".equals(organization.digits()),
                organization.currency() == null ? DEFAULT.currency() : organization.currency());
    }
}
