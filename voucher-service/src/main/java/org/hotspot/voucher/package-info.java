/** voucher-service: profiles, batches and vouchers: generation, printing, lifecycle and the authorization decision. Domain types live at this package's root. */
package org.hotspot.voucher;
