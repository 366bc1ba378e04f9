/**
 * MongoDB access of session-service: the sessions, written in bulk and conditional on the version
 * read, and the small documents kept so that no question reads every session: vouchers' ledgers,
 * devices' newest sessions, the open sessions' set, routers' resets, vouchers' plans and sellers.
 * Usage samples and roll-ups are in {@code usage/}.
 */
package org.hotspot.session.repository;
