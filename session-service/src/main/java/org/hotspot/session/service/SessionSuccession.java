package org.hotspot.session.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.hotspot.session.Session;
import org.hotspot.session.SessionUpdate;
import org.hotspot.session.repository.DeviceSessionRepository;
import org.hotspot.session.repository.SessionRepository;

/**
 * A device's new Start on a router ends its older sessions there: the router will send no Stop for
 * a session it replaced (the device reconnected, its old Stop was lost). Each device's newest
 * session is kept ({@link DeviceSessionRepository}); a Start that is newer takes its place and closes
 * the one it displaced, and one that arrives older than the kept one (its records came late) is
 * closed itself. Newer means a later start, or at the same second the greater session key, so of
 * two sessions of a device exactly one stays open.
 */
@ApplicationScoped
public class SessionSuccession {

    static final Comparator<Session> NEWER = Comparator.<Session, Instant>comparing(session -> session.startedAt)
            .thenComparing(session -> session.id);

    private final SessionRepository sessions;
    private final DeviceSessionRepository devices;
    private final SessionClosing closing;

    public SessionSuccession(SessionRepository sessions, DeviceSessionRepository devices, SessionClosing closing) {
        this.sessions = sessions;
        this.devices = devices;
        this.closing = closing;
    }

    /** Closes, as {@code Superseded}, every session of a device that started one in the poll but its newest. */
    public Uni<Void> closeOlder(List<SessionUpdate> updates) {
        Map<String, List<Session>> started = byDevice(updates.stream()
                .filter(update -> update.startedAt() != null)
                .map(SessionUpdate::session)
                .toList());
        if (started.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // Per device, the session it had before this poll, as last read: closed unless it stays the newest.
        Map<String, String> before = new HashMap<>();
        return devices.change(started.keySet(), (device, stored) -> newest(device, stored, started.get(device), before))
                .chain(newest -> closeAllBut(started, before, newest));
    }

    /**
     * Makes the open sessions known as their devices' newest where none newer is, closing nothing:
     * for sessions stored before devices were kept.
     */
    public Uni<Void> remember(List<Session> open) {
        Map<String, List<Session>> byDevice = byDevice(open);
        return devices.change(byDevice.keySet(), (device, stored) -> newest(device, stored, byDevice.get(device),
                new HashMap<>()))
                .replaceWithVoid();
    }

    private static Map<String, List<Session>> byDevice(List<Session> sessionsOfDevices) {
        Map<String, List<Session>> byDevice = new LinkedHashMap<>();
        sessionsOfDevices.stream().filter(session -> session.mac != null)
                .forEach(session -> byDevice.computeIfAbsent(DeviceSessionRepository.id(session.routerId, session.mac),
                        device -> new ArrayList<>()).add(session));
        return byDevice;
    }

    /** The device's document naming its newest session, or null when the stored one is newer still. */
    private static Document newest(String device, Document stored, List<Session> started, Map<String, String> before) {
        Session candidate = started.stream().max(NEWER).orElseThrow();
        if (stored != null) {
            before.put(device, stored.getString("sessionId"));
            Instant startedAt = stored.getDate("startedAt").toInstant();
            int order = startedAt.compareTo(candidate.startedAt);
            if (order > 0 || order == 0 && stored.getString("sessionId").compareTo(candidate.id) >= 0) {
                return null;
            }
        } else {
            before.remove(device);
        }
        return new Document("sessionId", candidate.id).append("startedAt", Date.from(candidate.startedAt));
    }

    private Uni<Void> closeAllBut(Map<String, List<Session>> started, Map<String, String> before,
            Map<String, Document> newest) {
        Map<String, Set<String>> older = new LinkedHashMap<>();
        Set<String> all = new LinkedHashSet<>();
        started.forEach((device, sessionsOfDevice) -> {
            Set<String> ids = new LinkedHashSet<>();
            if (before.containsKey(device)) {
                ids.add(before.get(device));
            }
            sessionsOfDevice.forEach(session -> ids.add(session.id));
            ids.remove(newest.get(device).getString("sessionId"));
            older.put(device, ids);
            all.addAll(ids);
        });
        if (all.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return sessions.byIds(all)
                .chain(found -> closeEach(older, newest, found));
    }

    private Uni<Void> closeEach(Map<String, Set<String>> older, Map<String, Document> newest, List<Session> found) {
        Map<String, Session> byId = new HashMap<>();
        found.forEach(session -> byId.put(session.id, session));
        return Multi.createFrom().iterable(older.entrySet())
                .onItem().transformToUniAndConcatenate(device -> closing.close(
                        device.getValue().stream().map(byId::get).filter(session -> session != null && session.open())
                                .toList(),
                        newest.get(device.getKey()).getDate("startedAt").toInstant(), "Superseded"))
                .collect().last()
                .replaceWithVoid();
    }
}
