/** Encryption of secrets at rest (TOTP seeds, router credentials, voucher codes): one implementation for every service. */
package org.hotspot.common.crypto;
