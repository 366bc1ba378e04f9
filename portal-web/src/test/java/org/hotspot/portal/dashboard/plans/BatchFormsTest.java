package org.hotspot.portal.dashboard.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.hotspot.portal.dashboard.batches.BatchForm;
import org.hotspot.portal.dashboard.batches.CardChoice;
import org.junit.jupiter.api.Test;

/** The batch and print forms read what an operator chose and never send the service a choice it refuses. */
class BatchFormsTest {

    private static BatchForm typed(Map<String, String> fields) {
        Map<String, String> all = new HashMap<>(Map.of("planId", "p1", "count", "1000", "codeLength", "10"));
        all.putAll(fields);
        return BatchForm.from(all::get);
    }

    @Test
    void anOrderCarriesOnlyWhatWasTyped() {
        BatchForm form = typed(Map.of("prefix", "cafe1"));

        assertThat(form.errors()).isEmpty();
        assertThat(form.order()).containsExactly(Map.entry("profileId", "p1"), Map.entry("count", 1000),
                Map.entry("codeLength", 10), Map.entry("prefix", "CAFE1"));
    }

    @Test
    void aWrongCountLengthOrPrefixIsNamedAndKept() {
        BatchForm form = typed(Map.of("count", "100001", "codeLength", "4", "prefix", "TOO-LONG!", "planId", ""));

        assertThat(form.errors()).containsOnlyKeys("planId", "count", "codeLength", "prefix");
        assertThat(form.count()).isEqualTo("100001");
        assertThat(BatchForm.fieldOf("create.request.profileId")).isEqualTo(Map.entry("planId", BatchForm.Error.PLAN));
    }

    @Test
    void aRangeOfSerialsIsPrintedAsTheServiceTakesIt() {
        CardChoice range = CardChoice.of("thermal-58", "range", "11", "20", "");

        assertThat(range.valid(1000)).isTrue();
        assertThat(range.query()).isEqualTo("layout=thermal-58&from=11&to=20");
    }

    @Test
    void oneCardIsARangeOfOne() {
        CardChoice one = CardChoice.of("thermal-80", "one", "", "", "7");

        assertThat(one.valid(10)).isTrue();
        assertThat(one.query()).isEqualTo("layout=thermal-80&from=7&to=7");
    }

    @Test
    void aChoiceBeyondTheBatchOrTheServicesLimitIsRefusedBeforeTheServiceIsAsked() {
        assertThat(CardChoice.of("a4", "range", "20", "11", "").valid(1000)).isFalse();
        assertThat(CardChoice.of("a4", "range", "1", "1001", "").valid(1000)).isFalse();
        assertThat(CardChoice.of("a4", "range", "1", "5001", "").valid(100_000)).isFalse();
        assertThat(CardChoice.of("a4", "one", "", "", "x").valid(10)).isFalse();
        assertThat(CardChoice.of("a4", "range", "1", "5000", "").valid(100_000)).isTrue();
    }

    @Test
    void anUnknownPaperIsA4AndTheWholeBatchNeedsNoSerials() {
        CardChoice all = CardChoice.of("letter", null, null, null, null);

        assertThat(all.valid(3)).isTrue();
        assertThat(all.query()).isEqualTo("layout=a4");
    }
}
