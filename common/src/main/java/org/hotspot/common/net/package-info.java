/** IP addresses and ranges read from configuration and headers, without DNS. */
package org.hotspot.common.net;
