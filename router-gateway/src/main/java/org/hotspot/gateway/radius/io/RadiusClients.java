package org.hotspot.gateway.radius.io;

/**
 * Which client a datagram comes from, asked for every one before it is checked: all the servers know
 * of routers, as tinyradius-netty's {@code SecretProvider} is all its servers know of theirs. Asked on
 * the port's event loop, so it answers from memory.
 */
@FunctionalInterface
public interface RadiusClients<C extends RadiusClient> {

    /**
     * The client at this source address; where several share the address (behind NAT), the one with
     * this NAS-Identifier. Null when none matches: the datagram is dropped as from an unknown client.
     */
    C match(String address, String nasIdentifier);
}
