/** The one configuration mapping of voucher-service, every key with a default. */
package org.hotspot.voucher.config;
