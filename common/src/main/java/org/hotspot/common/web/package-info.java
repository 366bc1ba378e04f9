/**
 * HTTP plumbing shared by every service: request ids for tracing a call through logs, strict JSON
 * request bodies and parameters, the bounds of paged listings, and problem answers for what is
 * refused below Quarkus REST. Outgoing REST clients and Kafka codecs are not here and stay tolerant.
 */
package org.hotspot.common.web;
