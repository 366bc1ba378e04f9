/** MongoDB access of voucher-service: reactive Panache repositories and the indexes they rely on. */
package org.hotspot.voucher.repository;
