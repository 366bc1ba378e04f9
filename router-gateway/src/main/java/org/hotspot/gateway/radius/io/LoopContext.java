package org.hotspot.gateway.radius.io;

import io.netty.channel.EventLoop;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.impl.VertxInternal;

/**
 * One of Vert.x's own Netty event loops with a Vert.x context on it: what a RADIUS port's channel is
 * read on, and what its handlers run on, as a Vert.x socket's would.
 *
 * <p>This is the one place router-gateway uses Vert.x internals ({@code io.vertx.core.impl}): Vert.x
 * has no public way to hand out its event loops for a channel of one's own, nor to run code on a
 * context at once on the loop's thread ({@code ContextInternal.dispatch}; {@code runOnContext} queues
 * a task, a second wake-up per datagram). They are not Vert.x's API and change with its major
 * versions (Vert.x 5 moves them to {@code io.vertx.core.internal}): a Quarkus upgrade that breaks the
 * build here changes this class and nothing else.
 */
public final class LoopContext {

    private final EventLoop eventLoop;
    private final ContextInternal context;

    private LoopContext(EventLoop eventLoop, ContextInternal context) {
        this.eventLoop = eventLoop;
        this.context = context;
    }

    /** A new event-loop context on the next of Vert.x's event loops, taken in turn. */
    public static LoopContext next(Vertx vertx) {
        VertxInternal internal = (VertxInternal) vertx;
        EventLoop loop = internal.getEventLoopGroup().next();
        return new LoopContext(loop,
                internal.createEventLoopContext(loop, null, Thread.currentThread().getContextClassLoader()));
    }

    /** The Netty event loop, to register a channel with. */
    public EventLoop eventLoop() {
        return eventLoop;
    }

    /** The Vert.x context on that loop. */
    public Context context() {
        return context;
    }

    /** Runs the work at once on the calling thread, the loop's, with this context as the current one. */
    public void dispatch(Runnable work) {
        context.dispatch(null, ignored -> work.run());
    }
}
