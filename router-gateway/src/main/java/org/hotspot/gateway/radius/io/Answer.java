package org.hotspot.gateway.radius.io;

import java.util.List;
import org.hotspot.gateway.radius.codec.RadiusAttribute;

/** What a handler answers a request with; the server encodes and signs it for the router. */
public record Answer(int code, List<RadiusAttribute> attributes) {
}
