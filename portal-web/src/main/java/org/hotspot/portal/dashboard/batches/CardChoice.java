package org.hotspot.portal.dashboard.batches;

import java.util.regex.Pattern;

/**
 * Which cards to print and on what paper, as the print form sends it: the whole batch, a range of
 * serials or one card, on an A4 sheet or a 58 or 80 mm thermal roll.
 *
 * @param which  {@code all}, {@code range} or {@code one}
 * @param layout voucher-service's {@code a4}, {@code thermal-58} or {@code thermal-80}
 */
public record CardChoice(String layout, String which, String from, String to, String card) {

    /** voucher-service prints at most this many cards at once (its CardService.MAX_CARDS). */
    static final int MAX_CARDS = 5_000;
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}");

    public static CardChoice of(String layout, String which, String from, String to, String card) {
        String paper = switch (layout == null ? "" : layout) {
            case "thermal-58", "thermal-80" -> layout;
            default -> "a4";
        };
        String choice = "range".equals(which) || "one".equals(which) ? which : "all";
        return new CardChoice(paper, choice, strip(from), strip(to), strip(card));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /** The first serial to print, or null for the whole batch. */
    public Integer first() {
        return switch (which) {
            case "range" -> number(from);
            case "one" -> number(card);
            default -> null;
        };
    }

    /** The last serial to print, or null for the whole batch. */
    public Integer last() {
        return switch (which) {
            case "range" -> number(to);
            case "one" -> number(card);
            default -> null;
        };
    }

    /** Whether the choice names cards the batch of {@code count} has, no more than the service prints at once. */
    public boolean valid(int count) {
        if ("all".equals(which)) {
            return true;
        }
        Integer first = first();
        Integer last = last();
        return first != null && last != null && first >= 1 && first <= last && last <= count
                && last - first < MAX_CARDS;
    }

    /** The query string of the preview and PDF links, the same for both. */
    public String query() {
        StringBuilder query = new StringBuilder("layout=").append(layout);
        if (!"all".equals(which)) {
            query.append("&from=").append(first()).append("&to=").append(last());
        }
        return query.toString();
    }

    private static Integer number(String text) {
        return WHOLE.matcher(text).matches() ? Integer.valueOf(text) : null;
    }
}
