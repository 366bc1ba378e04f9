package org.hotspot.voucher.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hotspot.voucher.Voucher;
import org.hotspot.voucher.repository.ChangeBatches.Change;
import org.junit.jupiter.api.Test;

/** How a batch's answers go back to its callers, each to its own. */
class BatchOutcomesTest {

    @Test
    void lookupsGetTheirOwnVoucherOrNoneInTheOrderAsked() {
        Voucher a = voucher("a", "key-a", null);
        Voucher b = voucher("b", "key-b", null);

        assertThat(LookupBatches.inOrder(List.of("key-b", "key-x", "key-a", "key-b"), List.of(a, b)))
                .containsExactly(b, null, a, b);
    }

    @Test
    void aWriteAppliedWhenItsVoucherCarriesItsToken() {
        Change first = change("v1", "t1");
        Change lost = change("v1", "t2");
        Change other = change("v2", "t3");
        Voucher v1 = voucher("v1", "k1", "t1");
        Voucher v2 = voucher("v2", "k2", "t3");

        assertThat(ChangeBatches.outcomes(List.of(first, lost, other), false, List.of(v2, v1)))
                .containsExactly(v1, null, v2);
    }

    @Test
    void whenEveryUpdateMatchedEveryWriteAppliedWhateverCameAfter() {
        Voucher movedOn = voucher("v1", "k1", "a later change's token");

        assertThat(ChangeBatches.outcomes(List.of(change("v1", "t1"), change("v2", "t2")), true, List.of(movedOn)))
                .as("v2 was deleted meanwhile: nothing to tell its caller but a lost race")
                .containsExactly(movedOn, null);
        assertThat(ChangeBatches.outcomes(List.of(change("v1", "t1"), change("v2", "t2")), false, List.of(movedOn)))
                .containsExactly(null, null);
    }

    private static Change change(String id, String token) {
        return new Change(id, 3, List.of(), token);
    }

    private static Voucher voucher(String id, String lookupKey, String changeToken) {
        Voucher voucher = new Voucher();
        voucher.id = id;
        voucher.lookupKey = lookupKey;
        voucher.changeToken = changeToken;
        return voucher;
    }
}
