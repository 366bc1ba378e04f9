package org.hotspot.session.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hotspot.session.Session;
import org.hotspot.session.SessionUpdate;
import org.hotspot.session.repository.SessionRepository;

/**
 * A device's new Start on a router ends its older sessions there: the router will send no Stop for
 * a session it replaced (the device reconnected, its old Stop was lost). The open sessions of all
 * the batch's starting devices are read in one query.
 */
@ApplicationScoped
public class SessionSuccession {

    private final SessionRepository sessions;
    private final SessionClosing closing;

    public SessionSuccession(SessionRepository sessions, SessionClosing closing) {
        this.sessions = sessions;
        this.closing = closing;
    }

    /** Closes, as {@code Superseded}, the older open sessions of each device that started one in the batch. */
    public Uni<Void> closeOlder(List<SessionUpdate> updates) {
        List<Session> started = updates.stream()
                .filter(update -> update.startedAt() != null && update.session().mac != null)
                .map(SessionUpdate::session)
                .toList();
        if (started.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Set<String> routers = started.stream().map(session -> session.routerId).collect(Collectors.toSet());
        Set<String> macs = started.stream().map(session -> session.mac).collect(Collectors.toSet());
        return sessions.openOfDevices(routers, macs)
                .chain(open -> closeEach(updates, open));
    }

    private Uni<Void> closeEach(List<SessionUpdate> updates, List<Session> open) {
        return Multi.createFrom().iterable(updates)
                .filter(update -> update.startedAt() != null && update.session().mac != null)
                .onItem().transformToUniAndConcatenate(update -> close(older(open, update.session()),
                        update.startedAt()))
                .collect().last()
                .replaceWithVoid();
    }

    private Uni<Void> close(List<Session> older, Instant at) {
        return closing.close(older, at, "Superseded");
    }

    /** The device's other open sessions on the router, begun before this one. */
    private static List<Session> older(List<Session> open, Session current) {
        Instant started = current.startedAt;
        return open.stream()
                .filter(other -> other.routerId.equals(current.routerId) && current.mac.equals(other.mac))
                .filter(other -> !other.id.equals(current.id) && !other.startedAt.isAfter(started))
                .toList();
    }
}
