package org.hotspot.portal.dashboard.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plan form reads what an operator types, units included, and keeps it when it is wrong. */
class PlanFormTest {

    private static PlanForm typed(Map<String, String> fields) {
        Map<String, String> all = new HashMap<>(Map.of("name", "Day pass", "price", "2.50", "currency", "usd",
                "sharedUsers", "1", "timeUnit", "hours", "validityUnit", "days", "dataUnit", "gb"));
        all.putAll(fields);
        return PlanForm.from(all::get);
    }

    @Test
    void quotasAreTypedInTheirUnits() {
        PlanForm form = typed(Map.of("timeQuota", "90", "timeUnit", "minutes", "validity", "2", "dataQuota", "3",
                "rateLimit", "4M/2M", "macLock", "on"));

        assertThat(form.errors()).isEmpty();
        ObjectNode body = form.body();
        assertThat(body.get("timeQuotaSeconds").asLong()).isEqualTo(5_400);
        assertThat(body.get("validitySeconds").asLong()).isEqualTo(2 * 86_400);
        assertThat(body.get("dataQuotaBytes").asLong()).isEqualTo(3L << 30);
        assertThat(body.get("currency").asText()).isEqualTo("USD");
        assertThat(body.get("price").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(body.get("macLock").asBoolean()).isTrue();
        assertThat(body.get("rateLimit").asText()).isEqualTo("4M/2M");
    }

    @Test
    void anEmptyQuotaIsAnExplicitUnlimited() {
        ObjectNode body = typed(Map.of()).body();

        assertThat(body.has("timeQuotaSeconds")).isTrue();
        assertThat(body.get("timeQuotaSeconds").isNull()).isTrue();
        assertThat(body.get("dataQuotaBytes").isNull()).isTrue();
        assertThat(body.get("rateLimit").isNull()).isTrue();
    }

    @Test
    void wrongFieldsAreNamedAndWhatWasTypedIsKept() {
        PlanForm form = typed(Map.of("name", " ", "price", "two", "currency", "dollars", "timeQuota", "30",
                "timeUnit", "seconds", "dataQuota", "0", "dataUnit", "mb", "sharedUsers", "5000"));

        assertThat(form.errors()).containsExactly(Map.entry("name", PlanForm.Error.REQUIRED),
                Map.entry("price", PlanForm.Error.NUMBER), Map.entry("currency", PlanForm.Error.CURRENCY),
                Map.entry("timeQuota", PlanForm.Error.WHOLE_NUMBER), Map.entry("dataQuota", PlanForm.Error.DATA_RANGE),
                Map.entry("sharedUsers", PlanForm.Error.SHARED_USERS));
        assertThat(form.price()).isEqualTo("two");
        assertThat(form.currency()).isEqualTo("DOLLARS");
        assertThat(form.sharedUsers()).isEqualTo("5000");
    }

    @Test
    void aQuotaBelowAMinuteOrBeyondTenYearsIsOutOfRange() {
        assertThat(typed(Map.of("timeQuota", "0", "timeUnit", "minutes")).errors())
                .containsEntry("timeQuota", PlanForm.Error.TIME_RANGE);
        assertThat(typed(Map.of("timeQuota", "4000", "timeUnit", "days")).errors())
                .containsEntry("timeQuota", PlanForm.Error.TIME_RANGE);
        assertThat(typed(Map.of("validity", "3660", "validityUnit", "days")).errors()).isEmpty();
    }

    @Test
    void anEditShowsEachQuotaInTheLargestUnitThatMeasuresIt() {
        Plan plan = new Plan("p1", "Week", new BigDecimal("10.0000"), "JPY", 5_400L, 7L * 86_400, 512L << 20,
                "4M/2M", 3, true, List.of(), "ACTIVE", 1, null, null, null);

        PlanForm form = PlanForm.of(plan);

        assertThat(form.price()).isEqualTo("10");
        assertThat(form.timeQuota()).isEqualTo("90");
        assertThat(form.timeUnit()).isEqualTo("minutes");
        assertThat(form.validity()).isEqualTo("7");
        assertThat(form.validityUnit()).isEqualTo("days");
        assertThat(form.dataQuota()).isEqualTo("512");
        assertThat(form.dataUnit()).isEqualTo("mb");
        assertThat(form.errors()).isEmpty();
        assertThat(PlanForm.of(new Plan("p2", "Day", new BigDecimal("2.5000"), "USD", null, null, null, null, 1,
                false, List.of(), "ACTIVE", 1, null, null, null)).price()).isEqualTo("2.50");
    }

    @Test
    void theServicesViolationsLandOnTheFormsFields() {
        assertThat(PlanForm.fieldOf("create.request.timeQuotaSeconds"))
                .isEqualTo(Map.entry("timeQuota", PlanForm.Error.TIME_RANGE));
        assertThat(PlanForm.fieldOf("rateLimit")).isEqualTo(Map.entry("rateLimit", PlanForm.Error.RATE_LIMIT));
        assertThat(PlanForm.fieldOf("sites")).isNull();
    }

    @Test
    void theApplyToChoiceIsOneTheServiceKnows() {
        assertThat(typed(Map.of("applyTo", "unused")).scope()).isEqualTo("unused");
        assertThat(typed(Map.of("applyTo", "all")).scope()).isEqualTo("all");
        assertThat(typed(Map.of("applyTo", "everything")).scope()).isEqualTo("new");
    }
}
