/**
 * Routers and keys: router management, the addresses routers hold, the table of routers as RADIUS
 * clients ({@code NasRegistry}), the keyring and the sealed User-Names. No RADIUS decision is made
 * here; those are in {@code radius.access}, {@code radius.accounting} and {@code radius.coa}.
 */
package org.hotspot.gateway.service;
