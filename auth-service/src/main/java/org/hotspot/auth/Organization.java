package org.hotspot.auth;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import org.bson.codecs.pojo.annotations.BsonId;

/** A tenant: one ISP. Every operator, and every record of every service, belongs to one. */
@MongoEntity(collection = "organizations")
public class Organization {

    /** The organization of the platform admins, created at first start. */
    public static final String PLATFORM_ID = "platform";
    public static final String DEFAULT_LANGUAGE = "en";
    /** The languages the product's texts, cards and RADIUS messages are written in. */
    public static final String LANGUAGES = "en|ar|fa|ru|fr";

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
    public Instant createdAt;
    /** How the captive portal shows the organization; null until its admin sets one. */
    public Branding branding;

    /** {@link #language}, English for an organization stored before it had one. */
    public String languageOrDefault() {
        return language == null ? DEFAULT_LANGUAGE : language;
    }
}
