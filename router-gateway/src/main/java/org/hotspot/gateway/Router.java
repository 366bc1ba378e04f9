package org.hotspot.gateway;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A router (RADIUS calls it a NAS) of an organization, at a site. Its RADIUS shared secret and
 * RouterOS API password are stored only sealed (AES-GCM, bound to the router's id) and never leave
 * the service through its API.
 */
@MongoEntity(collection = "routers")
public class Router {

    @BsonId
    public String id;
    public String organizationId;
    public String name;
    public String site;
    /** NAS-Identifier the router sends; tells routers apart that share one source address (behind NAT). */
    public String nasIdentifier;
    /** The address RADIUS packets come from. */
    public String nasIp;
    /**
     * {@code nasIp|nasIdentifier}, unique across all organizations: a packet must match exactly one
     * router, whatever organization it belongs to.
     */
    public String addressKey;
    /**
     * The DNS name of the router's hotspot (its hotspot profile's {@code dns-name}), with an optional
     * {@code :port}, lower case; null when not set (routers registered before it existed too). The
     * portal posts logins only to this name or {@link #nasIp}.
     */
    public String hotspotDnsName;
    public String sealedRadiusSecret;
    /** Drop Access-Requests without a Message-Authenticator (BlastRADIUS); on unless a router cannot send one. */
    public boolean requireMessageAuthenticator;
    /** UDP port of the router's Disconnect/CoA listener (RFC 5176). */
    public int coaPort;
    public String apiHost;
    public Integer apiPort;
    public boolean apiTls;
    public String apiUsername;
    public String sealedApiPassword;
    public RouterMode mode;
    /** The router taking over this one's clients when it is down; null for none. */
    public String backupRouterId;
    public RouterStatus status;
    public Instant lastSeen;
    public Instant createdAt;
    public Instant updatedAt;

    public static String addressKey(String nasIp, String nasIdentifier) {
        return nasIp + "|" + (nasIdentifier == null ? "" : nasIdentifier);
    }
}
