package org.hotspot.portal.dashboard.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The report's period as typed: the choices, the dates a custom one needs, and session-service's limits. */
class ReportFormTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-08");

    @Test
    void theLastSevenDaysIncludeTodayAndEndAtItsEnd() {
        ReportForm form = ReportForm.read("7d", null, null, null, "router", TODAY, false);
        assertThat(form.valid()).isTrue();
        assertThat(form.fromInstant()).isEqualTo("2026-12-02T00:00:00Z");
        assertThat(form.toInstant()).isEqualTo("2026-12-09T00:00:00Z");
        assertThat(form.interval()).isEqualTo("day");
        assertThat(form.groupBy()).isEqualTo("router");
    }

    @Test
    void todayIsByHourAndAResellersReportByVoucher() {
        ReportForm form = ReportForm.read("today", null, null, null, "site", TODAY, true);
        assertThat(form.interval()).isEqualTo("hour");
        assertThat(form.groupBy()).isEqualTo("voucher");
        assertThat(form.fromInstant()).isEqualTo("2026-12-08T00:00:00Z");
    }

    @Test
    void unknownChoicesFallBackAndWrongDatesAreNamed() {
        assertThat(ReportForm.read(null, null, null, null, null, TODAY, false).period()).isEqualTo("7d");
        assertThat(ReportForm.read("custom", "", "2026-13-01", "day", null, TODAY, false).errors())
                .containsEntry("from", "errorFromMissing").containsEntry("to", "errorDate");
        assertThat(ReportForm.read("custom", "2026-03-10", "2026-03-01", "day", null, TODAY, false).errors())
                .containsOnlyKeys("to").containsEntry("to", "errorToBeforeFrom");
        assertThat(ReportForm.read("custom", "2025-01-01", "2026-03-01", "day", null, TODAY, false).error("to"))
                .isEqualTo("errorTooLong");
        assertThat(ReportForm.read("custom", "2026-01-01", "2026-03-01", "hour", null, TODAY, false).error("interval"))
                .isEqualTo("errorHourlyTooLong");
        assertThat(ReportForm.read("custom", "2026-02-01", "2026-03-03", "hour", null, TODAY, false).valid())
                .as("31 days by hour").isTrue();
    }
}
