/**
 * Access-Requests: whether the code logs in, decided from the vouchers' Redis entries when they
 * settle it, else by voucher-service; the guessing cool-downs; the Access-Accept's grants and the
 * Access-Reject's Reply-Message. The wire format and password checks are in {@code radius.codec}.
 */
package org.hotspot.gateway.radius.access;
