package org.hotspot.voucher.print;

/**
 * The lines of one card, worded and formatted for its language: what the PDF and the HTML both
 * print, so the two never disagree. Optional lines are null.
 */
record CardText(
        String organization,
        String plan,
        String codeLabel,
        String code,
        String summary,
        String validity,
        String useBefore,
        String price,
        String serial,
        String scanToConnect) {

    static CardText of(Card card, CardLabels labels) {
        return new CardText(
                blankToNull(card.organizationName()),
                blankToNull(card.planName()),
                labels.code(),
                card.code(),
                labels.summary(card),
                card.validitySeconds() == null ? null
                        : labels.validFor() + ": " + labels.duration(card.validitySeconds()),
                card.expiresAt() == null ? null : labels.useBefore(card.expiresAt()),
                card.price() == null ? null : labels.money(card.price(), card.currency()),
                card.serial() == null ? null : labels.serial() + " " + card.serial(),
                labels.scanToConnect());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
