package org.hotspot.voucher.print;

/**
 * The print stylesheet of {@link HtmlCards}: page size per layout, a grid of cards with dashed cut
 * lines on A4, one card per page on a roll. Logical properties (inline-start, text-align: start) so
 * one stylesheet serves both directions.
 */
final class HtmlStyle {

    /**
     * A roll page's height. CSS has no "as tall as the content" page size ({@code size: 58mm auto}
     * is invalid and browsers drop the whole rule), so a fixed height that holds a card.
     */
    private static final int ROLL_HEIGHT_MM = 120;

    private HtmlStyle() {
    }

    static String css(Layout layout) {
        String page = layout.roll()
                ? "@page { size: " + layout.widthMm() + "mm " + ROLL_HEIGHT_MM + "mm; margin: 3mm; }\n"
                : "@page { size: A4; margin: 10mm; }\n";
        String grid = layout.roll()
                ? ".page { display: block; }\n"
                        + ".card { display: flex; flex-direction: column; align-items: center; text-align: center;"
                        + " break-after: page; }\n"
                        + ".qr { width: 40mm; margin: 2mm auto 0; }\n"
                : ".page { display: grid; grid-template-columns: repeat(" + layout.columns() + ", 1fr);"
                        + " grid-template-rows: repeat(" + layout.rows() + ", " + (277 / layout.rows()) + "mm);"
                        + " break-after: page; }\n"
                        + ".card { display: flex; gap: 3mm; padding: 3mm; border: 0.3mm dashed #999;"
                        + " break-inside: avoid; text-align: start; }\n"
                        + ".text { flex: 1; min-width: 0; }\n"
                        + ".qr { width: 38mm; flex: none; }\n";
        return page
                + "* { box-sizing: border-box; }\n"
                + "body { margin: 0; font-family: 'DejaVu Sans', 'Noto Sans Arabic', Vazirmatn, Tahoma, sans-serif;"
                + " font-size: 8pt; color: #000; }\n"
                + ".page:last-child { break-after: auto; }\n"
                + grid
                + ".card p, .card h2, .qr { margin: 0; }\n"
                + ".org { font-size: 10.5pt; font-weight: bold; overflow-wrap: anywhere; }\n"
                + ".label, .serial, figcaption { font-size: 6.5pt; color: #555; }\n"
                + ".code { font-family: 'DejaVu Sans Mono', Consolas, monospace; font-weight: bold; font-size: 14pt;"
                + " letter-spacing: 0.05em; white-space: nowrap; }\n"
                + ".price { font-size: 11pt; font-weight: bold; margin-top: 1mm; }\n"
                + ".serial { margin-top: 1mm; }\n"
                + ".qr svg { display: block; width: 100%; height: auto; }\n"
                + "figcaption { text-align: center; }\n"
                + ".not-printed { margin: 3mm; padding: 2mm; border: 0.3mm solid #999; }\n"
                + "@media print { .not-printed { display: none; } }\n";
    }
}
