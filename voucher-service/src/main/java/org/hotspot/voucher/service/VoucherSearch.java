package org.hotspot.voucher.service;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.hotspot.common.problem.ProblemException;
import org.hotspot.common.security.Caller;
import org.hotspot.common.security.Role;
import org.hotspot.events.voucher.AccessRequest;
import org.hotspot.events.voucher.VoucherState;
import org.hotspot.voucher.Voucher;
import org.hotspot.voucher.repository.VoucherRepository;

/**
 * Vouchers found by what an operator knows besides the code: a batch and a serial range on the
 * cards, a state, the MAC of a device that used one. Always within the caller's organization, and a
 * reseller's only from their own batches. A batch with or without a serial range, and nothing else,
 * is read serial by serial from the unique {@code batchId_serial} index, so even the embedded MongoDB
 * answers it without reading the organization's other vouchers.
 */
@ApplicationScoped
public class VoucherSearch {

    /** The most vouchers a page holds. */
    public static final int MAX_SIZE = 200;

    private static final Pattern MAC = Pattern.compile("([0-9A-F]{2}:){5}[0-9A-F]{2}");

    private final VoucherRepository vouchers;
    private final BatchService batches;

    public VoucherSearch(VoucherRepository vouchers, BatchService batches) {
        this.vouchers = vouchers;
        this.batches = batches;
    }

    /**
     * What to look for; every field may be null and those given must all match.
     *
     * @param serialFrom the first serial, from 1; needs {@code batchId}
     * @param serialTo the last serial, included; needs {@code batchId}
     * @param mac a MAC bound to the voucher or of a device on it, in any usual notation
     * @param voucherId one voucher by its id, as a viewer (who has no code) links to it
     */
    public record Filter(String batchId, Integer serialFrom, Integer serialTo, VoucherState state, String mac,
            String voucherId) {
    }

    /** One page of what matched, and how many matched in all. */
    public record Found(List<Voucher> vouchers, long total) {
    }

    public Uni<Found> search(Caller caller, Filter filter, int page, int size) {
        String mac = checked(filter);
        if (filter.voucherId() != null) {
            return byId(caller, filter.voucherId())
                    .map(found -> found == null || (filter.batchId() != null && !filter.batchId().equals(found.batchId))
                            ? new Found(List.of(), 0) : new Found(List.of(found), 1));
        }
        if (filter.batchId() == null) {
            return page(scope(caller, List.of()), mac, filter.state(), Sorts.orderBy(Sorts.descending("createdAt"),
                    Sorts.ascending("batchId", "serial")), page, size);
        }
        // BatchService.get answers 404 for another organization's batch and, to a reseller, for one not theirs.
        return batches.get(caller, filter.batchId()).chain(batch -> {
            int from = filter.serialFrom() == null ? 1 : filter.serialFrom();
            int to = Math.min(filter.serialTo() == null ? batch.count : filter.serialTo(), batch.count);
            if (mac == null && filter.state() == null) {
                return serials(caller, batch.id, from, to, page, size);
            }
            List<Bson> within = List.of(Filters.eq("batchId", batch.id), Filters.gte("serial", from),
                    Filters.lte("serial", to));
            return page(scope(caller, within), mac, filter.state(), Sorts.ascending("serial"), page, size);
        });
    }

    /** The voucher with this id if the caller sees it: of their organization and, for a reseller, sold by them. */
    private Uni<Voucher> byId(Caller caller, String id) {
        return vouchers.findInOrganization(caller.organizationId(), id)
                .map(found -> found == null || (caller.is(Role.RESELLER) && !caller.username().equals(found.seller))
                        ? null : found);
    }

    /** The page's serials of the range, each read from the unique index. */
    private Uni<Found> serials(Caller caller, String batchId, int from, int to, int page, int size) {
        long total = Math.max(0, to - from + 1);
        long first = from + (long) page * size;
        if (first > to) {
            return Uni.createFrom().item(new Found(List.of(), total));
        }
        int last = (int) Math.min(to, first + size - 1);
        List<Uni<Voucher>> reads = IntStream.rangeClosed((int) first, last)
                .mapToObj(serial -> vouchers.bySerial(batchId, serial))
                .toList();
        return Uni.join().all(reads).andFailFast()
                .map(found -> new Found(found.stream()
                        .filter(Objects::nonNull)
                        .filter(v -> caller.organizationId().equals(v.organizationId))
                        .toList(), total));
    }

    private Uni<Found> page(List<Bson> scope, String mac, VoucherState state, Bson order, int page, int size) {
        List<Bson> all = new ArrayList<>(scope);
        if (state != null) {
            all.add(Filters.eq("state", state.name()));
        }
        if (mac != null) {
            all.add(Filters.or(Filters.eq("boundMacs", mac), Filters.eq("devices.mac", mac)));
        }
        Bson filter = Filters.and(all);
        return Uni.combine().all().unis(vouchers.search(filter, order, page, size), vouchers.count(filter))
                .asTuple().map(both -> new Found(both.getItem1(), both.getItem2()));
    }

    /** The organization's vouchers, and of those a reseller's own: those their batches made. */
    private static List<Bson> scope(Caller caller, List<Bson> more) {
        List<Bson> scope = new ArrayList<>();
        scope.add(new Document("organizationId", caller.organizationId()));
        if (caller.is(Role.RESELLER)) {
            scope.add(Filters.eq("seller", caller.username()));
        }
        scope.addAll(more);
        return scope;
    }

    /** The filter's MAC in the stored notation, or a 400 naming what is wrong with the filter. */
    private static String checked(Filter filter) {
        if (filter.batchId() == null && (filter.serialFrom() != null || filter.serialTo() != null)) {
            throw ProblemException.invalidField("batch", "is needed with a serial range: serials count within a batch");
        }
        if (filter.serialFrom() != null && filter.serialTo() != null && filter.serialFrom() > filter.serialTo()) {
            throw ProblemException.invalidField("serialTo", "must not be below serialFrom");
        }
        if (filter.mac() == null || filter.mac().isBlank()) {
            return null;
        }
        String mac = AccessRequest.normalizeMac(filter.mac());
        if (!MAC.matcher(mac).matches()) {
            throw ProblemException.invalidField("mac", "must be a MAC address such as AA:BB:CC:DD:EE:FF");
        }
        return mac;
    }
}
