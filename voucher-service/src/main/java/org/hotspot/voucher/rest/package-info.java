/** voucher-service's HTTP resources and their API records; entities never leave this package as JSON. */
package org.hotspot.voucher.rest;
