/**
 * Printing vouchers: QR codes, the texts of a card in the organization's language, and whole sheets
 * of cards as PDF (A4 or thermal roll) and as a printable HTML page. Pure code: no I/O beyond the
 * bundled fonts, no CDI; callers run it off the event loop, as PDF rendering blocks.
 */
package org.hotspot.voucher.print;
