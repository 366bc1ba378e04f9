/**
 * session-service's use cases: accounting applied to sessions a poll at a time, vouchers' totals from
 * their ledgers, closing sessions (router resets, newer sessions of a device, silence), enforcing
 * quotas, the pages operators read and what a reseller may see of them. Usage series live in
 * {@code usage/}; no HTTP or Kafka types here.
 */
package org.hotspot.session.service;
