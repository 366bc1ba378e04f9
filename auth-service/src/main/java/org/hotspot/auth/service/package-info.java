/**
 * auth-service's use cases: login and sessions (tokens, refresh, TOTP, throttling), its keys (the
 * signing keys and the data and device keys), organizations and operators, and the audit log's query
 * and retention. No HTTP or Kafka types here.
 */
package org.hotspot.auth.service;
