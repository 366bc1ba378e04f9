/**
 * Encryption of secrets at rest (TOTP seeds, router credentials, voucher codes): one implementation
 * for every service. Drawing keys and keeping them in files is {@code org.hotspot.keys}'.
 */
package org.hotspot.common.crypto;
