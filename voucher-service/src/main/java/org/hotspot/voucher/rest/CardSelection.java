package org.hotspot.voucher.rest;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.hotspot.common.problem.ProblemException;
import org.hotspot.voucher.print.Layout;
import org.hotspot.voucher.service.CardService;

/**
 * Which cards to print and how: {@code layout} {@code a4} (default), {@code thermal-58} or
 * {@code thermal-80}; {@code from} and {@code to} serials (inclusive) for part of a batch;
 * {@code lang} to print in another language than the organization's; {@code tz} the time zone the
 * batch's expiry is printed in (an IANA name such as {@code Asia/Baghdad}; UTC by default).
 */
public class CardSelection {

    @QueryParam("layout")
    @DefaultValue("a4")
    @Pattern(regexp = "a4|thermal-58|thermal-80", message = "a4, thermal-58 or thermal-80")
    public String layout;

    @QueryParam("from")
    @Min(1)
    public Integer from;

    @QueryParam("to")
    @Min(1)
    public Integer to;

    @QueryParam("lang")
    @Pattern(regexp = "[a-z]{2,3}(-[A-Z]{2})?", message = "a language tag such as en, ar, fa or fr-CA")
    public String language;

    @QueryParam("tz")
    @Pattern(regexp = "[A-Za-z][A-Za-z0-9_+/-]{0,40}", message = "an IANA time zone such as Asia/Baghdad or UTC")
    public String timeZone;

    CardService.PrintOptions options() {
        return new CardService.PrintOptions(layout(), language, zone());
    }

    private ZoneId zone() {
        if (timeZone == null) {
            // The region id, not ZoneOffset.UTC: ICU names "Z" GMT+0, and "UTC" as UTC.
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new ProblemException(400, "validation", "Invalid request",
                    "tz " + timeZone + " is not a known time zone; use an IANA name such as Asia/Baghdad or UTC");
        }
    }

    private Layout layout() {
        return switch (layout) {
            case "thermal-58" -> Layout.THERMAL_58;
            case "thermal-80" -> Layout.THERMAL_80;
            default -> Layout.A4;
        };
    }

    /** The serials asked for, or null for the whole batch. */
    List<Integer> serials() {
        if (from == null && to == null) {
            return null;
        }
        int first = from == null ? 1 : from;
        int last = to == null ? first + CardService.MAX_CARDS - 1 : to;
        if (last < first || last - first + 1 > CardService.MAX_CARDS) {
            throw new ProblemException(400, "validation", "Invalid request",
                    "from and to must choose 1 to " + CardService.MAX_CARDS + " cards, in order");
        }
        return IntStream.rangeClosed(first, last).boxed().toList();
    }
}
