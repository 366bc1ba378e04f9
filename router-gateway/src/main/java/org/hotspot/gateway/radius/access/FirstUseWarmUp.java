package org.hotspot.gateway.radius.access;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.hotspot.common.warmup.WarmUp;
import org.hotspot.events.voucher.AccessRequest;
import org.hotspot.events.voucher.Decision;
import org.hotspot.gateway.client.VoucherClient;
import org.hotspot.gateway.radius.codec.Attributes;
import org.hotspot.gateway.radius.codec.Authenticators;
import org.hotspot.gateway.radius.codec.Codes;
import org.hotspot.gateway.radius.codec.MalformedPacketException;
import org.hotspot.gateway.radius.codec.PacketCodec;
import org.hotspot.gateway.radius.codec.RadiusAttribute;
import org.hotspot.gateway.radius.codec.RadiusPacket;
import org.hotspot.gateway.radius.codec.UserPassword;

/**
 * A first login's path through this service, minus the UDP socket: an Access-Request decoded and
 * checked, the login's Redis read, voucher-service asked (for a code of the warm-up organization,
 * which it rejects as unknown after its own Redis and MongoDB lookups, so it warms too), and an
 * Access-Accept encoded and signed. Nothing is written, no metric of logins moves.
 */
@ApplicationScoped
public class FirstUseWarmUp implements WarmUp {

    private static final String ROUTER = "warm-up-router";
    /** Signs packets that never leave this process: not a secret of any router. */
    private static final byte[] SECRET = "warm-up".getBytes(UTF_8);
    private static final Decision ACCEPT = new Decision(true, null, "warm-up-voucher", 86_400L, 2_000_000_000L, null,
            null, "4M/2M", 300L, 300L, true);

    private final VoucherDecisions decisions;
    private final RejectGuard guard;
    private final VoucherClient vouchers;

    public FirstUseWarmUp(VoucherDecisions decisions, RejectGuard guard, VoucherClient vouchers) {
        this.decisions = decisions;
        this.guard = guard;
        this.vouchers = vouchers;
    }

    @Override
    public String name() {
        return "radius-first-use";
    }

    @Override
    public Uni<Void> round(int round) {
        String code = WarmUp.code();
        String mac = String.format("02:00:00:%02x:%02x:%02x", (round >> 16) & 0xff, (round >> 8) & 0xff, round & 0xff);
        RadiusPacket request = request(code, mac, round);
        AccessRequest access = new AccessRequest(ROUTER, "warm-up", request.text(Attributes.CALLING_STATION_ID),
                "10.5.50.2", "warm-up-" + round);
        return Uni.createFrom().completionStage(() -> decisions.read(ORGANIZATION, code,
                guard.coolDownKeys(ORGANIZATION, ROUTER, access.mac())))
                .chain(login -> vouchers.authorize(ORGANIZATION, code, access))
                .invoke(decision -> answer(request))
                .replaceWithVoid();
    }

    /** An Access-Request as a MikroTik sends it (PAP, Message-Authenticator), through the decoder and its checks. */
    private static RadiusPacket request(String code, String mac, int round) {
        byte[] authenticator = new byte[16];
        ThreadLocalRandom.current().nextBytes(authenticator);
        List<RadiusAttribute> attributes = new ArrayList<>();
        attributes.add(AccessReplies.messageAuthenticator());
        attributes.add(RadiusAttribute.text(Attributes.USER_NAME, code));
        attributes.add(RadiusAttribute.of(Attributes.USER_PASSWORD,
                UserPassword.hide(code.getBytes(UTF_8), SECRET, authenticator)));
        attributes.add(RadiusAttribute.text(Attributes.CALLING_STATION_ID, mac));
        attributes.add(RadiusAttribute.text(Attributes.NAS_IDENTIFIER, ROUTER));
        attributes.add(RadiusAttribute.text(Attributes.CALLED_STATION_ID, "hotspot1"));
        byte[] packet = PacketCodec.encode(Codes.ACCESS_REQUEST, round & 0xff, authenticator, attributes);
        Authenticators.signRequest(packet, SECRET);
        try {
            RadiusPacket decoded = PacketCodec.decode(packet);
            if (Authenticators.checkRequest(decoded, SECRET) != Authenticators.Check.VALID) {
                throw new IllegalStateException("the warm-up's own Access-Request does not check");
            }
            return decoded;
        } catch (MalformedPacketException e) {
            throw new IllegalStateException("the warm-up's own Access-Request does not decode", e);
        }
    }

    private static void answer(RadiusPacket request) {
        String tag = request.text(Attributes.USER_NAME);
        byte[] packet = PacketCodec.encode(Codes.ACCESS_ACCEPT, request.identifier(), request.authenticator(),
                AccessReplies.accept(ACCEPT, tag));
        Authenticators.signResponse(packet, request.authenticator(), SECRET);
    }
}
