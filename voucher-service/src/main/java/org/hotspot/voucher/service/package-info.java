/** voucher-service's use cases: profiles now; batches, vouchers and decisions as they are built. */
package org.hotspot.voucher.service;
