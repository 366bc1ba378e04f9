package org.hotspot.voucher.print;

/**
 * What the cards are printed on: A4 sheets cut into cards, or a thermal receipt printer's roll, one
 * card per page (a receipt printer cuts or tears after each page).
 */
public enum Layout {

    /** 2 columns × 5 rows per A4 sheet, each card framed by dashed cut lines. */
    A4(210, 297, 2, 5),
    /** A 58 mm roll, the common cheap receipt printer; one card per page, as tall as it needs. */
    THERMAL_58(58, 0, 1, 1),
    /** An 80 mm roll; one card per page. */
    THERMAL_80(80, 0, 1, 1);

    private final int widthMm;
    private final int heightMm;
    private final int columns;
    private final int rows;

    Layout(int widthMm, int heightMm, int columns, int rows) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.columns = columns;
        this.rows = rows;
    }

    public int widthMm() {
        return widthMm;
    }

    /** The sheet's height, or 0 for a roll, where each page is as tall as its card. */
    public int heightMm() {
        return heightMm;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public int cardsPerPage() {
        return columns * rows;
    }

    public boolean roll() {
        return heightMm == 0;
    }
}
