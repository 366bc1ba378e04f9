/** session-service: sessions and usage from accounting: quotas enforced across a voucher's devices, usage reports. Domain types live at this package's root. */
package org.hotspot.session;
