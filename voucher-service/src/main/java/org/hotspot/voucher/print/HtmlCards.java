package org.hotspot.voucher.print;

import java.util.List;

/**
 * Voucher cards as one standalone HTML page to print from a browser: the same lines as the PDF,
 * QR codes inline as SVG, no external file, script or font. Every text is escaped: organization and
 * plan names are user input.
 */
public final class HtmlCards {

    private HtmlCards() {
    }

    public static String html(List<Card> cards, Layout layout, CardLabels labels) {
        return html(cards, layout, labels, 0);
    }

    /**
     * @param notPrinted how many of the vouchers asked for were left out as unusable; when some
     *        were, a note above the cards says so on screen (it is not printed)
     */
    public static String html(List<Card> cards, Layout layout, CardLabels labels, int notPrinted) {
        if (cards == null || cards.isEmpty()) {
            throw new IllegalArgumentException("no cards to print");
        }
        StringBuilder html = new StringBuilder(4096 + cards.size() * 6144)
                .append("<!DOCTYPE html>\n<html lang=\"").append(escape(labels.locale().toLanguageTag()))
                .append("\" dir=\"").append(labels.rightToLeft() ? "rtl" : "ltr").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(escape(title(cards))).append("</title>\n")
                .append("<style>\n").append(HtmlStyle.css(layout)).append("</style>\n</head>\n<body>\n");
        if (notPrinted > 0) {
            html.append("<p class=\"not-printed\">").append(escape(labels.notPrinted(notPrinted))).append("</p>\n");
        }
        int perPage = layout.cardsPerPage();
        for (int first = 0; first < cards.size(); first += perPage) {
            html.append("<section class=\"page\">\n");
            for (Card card : cards.subList(first, Math.min(cards.size(), first + perPage))) {
                card(html, CardText.of(card, labels), card.qrContent());
            }
            html.append("</section>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void card(StringBuilder html, CardText text, String qrContent) {
        html.append("<article class=\"card\">\n<div class=\"text\">\n");
        // dir="auto": a Latin organization name on an Arabic card (or the reverse) keeps its own order.
        line(html, "h2", "org", "auto", text.organization());
        line(html, "p", "plan", "auto", text.plan());
        line(html, "p", "label", null, text.codeLabel());
        // The code is Latin and read left to right in every language, digits and dashes included;
        // bdi isolates it from the text around it without adding a character to copy or type.
        html.append("<p class=\"code\"><bdi dir=\"ltr\">").append(escape(text.code())).append("</bdi></p>\n");
        line(html, "p", "summary", null, text.summary());
        line(html, "p", "validity", null, text.validity());
        line(html, "p", "use-before", null, text.useBefore());
        line(html, "p", "price", null, text.price());
        line(html, "p", "serial", null, text.serial());
        html.append("</div>\n<figure class=\"qr\">").append(QrCodes.svg(qrContent))
                .append("<figcaption>").append(escape(text.scanToConnect())).append("</figcaption></figure>\n")
                .append("</article>\n");
    }

    private static void line(StringBuilder html, String tag, String cssClass, String dir, String text) {
        if (text == null) {
            return;
        }
        html.append('<').append(tag).append(" class=\"").append(cssClass).append('"');
        if (dir != null) {
            html.append(" dir=\"").append(dir).append('"');
        }
        html.append('>').append(escape(text)).append("</").append(tag).append(">\n");
    }

    private static String title(List<Card> cards) {
        String organization = cards.get(0).organizationName();
        return organization == null || organization.isBlank() ? "Vouchers" : organization.strip();
    }

    /** Escapes for element content and quoted attribute values alike. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
