package org.hotspot.auth;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.time.ZoneId;
import org.bson.codecs.pojo.annotations.BsonId;

/** A tenant: one ISP. Every operator, and every record of every service, belongs to one. */
@MongoEntity(collection = "organizations")
public class Organization {

    /** The organization of the platform admins, created at first start. */
    public static final String PLATFORM_ID = "platform";
    public static final String DEFAULT_LANGUAGE = "en";
    /** The languages the product's texts, cards and RADIUS messages are written in. */
    public static final String LANGUAGES = "en|ar|fa|ru|fr";

    public static final String DEFAULT_TIME_ZONE = "UTC";
    public static final String DEFAULT_CURRENCY = "USD";
    /** How numbers are written on the dashboard: the language's own digits, or Persian digits everywhere. */
    public static final String DEFAULT_DIGITS = "latin";
    public static final String DIGITS = "latin|persian";

    @BsonId
    public String id;
    public String name;
    /** Operators must pass a TOTP second factor to log in. */
    public boolean requireTotp;
    /**
     * The language customers and cards are addressed in, one of {@link #LANGUAGES}; voucher cards
     * and RADIUS reply messages use it.
     */
    public String language;
    /**
     * The IANA time zone the dashboard shows times in ({@code Asia/Tehran}); null, read as UTC, for an
     * organization stored before it had one.
     */
    public String timeZone;
    /**
     * The ISO 4217 currency new plans and reseller credit default to. Each plan keeps its own
     * currency and each reseller's credit its own; this is the organization's usual one. Null, read
     * as {@link #DEFAULT_CURRENCY}, for one stored before.
     */
    public String currency;
    /** One of {@link #DIGITS}: {@code persian} writes numbers and dates in Persian digits in every language. */
    public String digits;
    public Instant createdAt;
    /** How the captive portal shows the organization; null until its admin sets one. */
    public Branding branding;

    /** {@link #language}, English for an organization stored before it had one. */
    public String languageOrDefault() {
        return language == null ? DEFAULT_LANGUAGE : language;
    }

    /** {@link #timeZone}, UTC when unset or (stored by hand) not a zone this runtime knows. */
    public String timeZoneOrDefault() {
        if (timeZone == null) {
            return DEFAULT_TIME_ZONE;
        }
        try {
            return ZoneId.of(timeZone).getId();
        } catch (RuntimeException unknown) {
            return DEFAULT_TIME_ZONE;
        }
    }

    public String currencyOrDefault() {
        return currency == null ? DEFAULT_CURRENCY : currency;
    }

    public String digitsOrDefault() {
        return digits == null ? DEFAULT_DIGITS : digits;
    }
}
