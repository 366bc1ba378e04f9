package org.hotspot.gateway.radius.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.gateway.radius.codec.Attributes.ACCT_INPUT_OCTETS;
import static org.hotspot.gateway.radius.codec.Attributes.ACCT_OUTPUT_OCTETS;
import static org.hotspot.gateway.radius.codec.Attributes.ACCT_SESSION_ID;
import static org.hotspot.gateway.radius.codec.Attributes.ACCT_STATUS_TYPE;
import static org.hotspot.gateway.radius.codec.Attributes.CLASS;
import static org.hotspot.gateway.radius.codec.Attributes.EVENT_TIMESTAMP;
import static org.hotspot.gateway.radius.codec.Attributes.USER_NAME;

import java.util.List;
import org.hotspot.gateway.radius.codec.Codes;
import org.hotspot.gateway.radius.codec.RadiusAttribute;
import org.hotspot.gateway.radius.codec.RadiusPacket;
import org.junit.jupiter.api.Test;

/** The record id tells records apart without being a digest anyone reading the topic could try codes against. */
class AccountingRecordsTest {

    @Test
    void theRecordIdDoesNotDependOnUserNameOrClass() {
        String asABCD = AccountingRecords.recordId(interimUpdate("ABCD2345", "v1", 123_456), "r1");
        String asWXYZ = AccountingRecords.recordId(interimUpdate("WXYZ6789", "v2", 123_456), "r1");

        assertThat(asWXYZ).isEqualTo(asABCD);
    }

    @Test
    void anotherCounterOrRouterIsAnotherRecord() {
        String record = AccountingRecords.recordId(interimUpdate("ABCD2345", "v1", 123_456), "r1");

        assertThat(AccountingRecords.recordId(interimUpdate("ABCD2345", "v1", 123_457), "r1")).isNotEqualTo(record);
        assertThat(AccountingRecords.recordId(interimUpdate("ABCD2345", "v1", 123_456), "r2")).isNotEqualTo(record);
    }

    private static RadiusPacket interimUpdate(String userName, String classValue, long inputOctets) {
        return new RadiusPacket(Codes.ACCOUNTING_REQUEST, 77, new byte[16], List.of(
                RadiusAttribute.integer(ACCT_STATUS_TYPE, 3),
                RadiusAttribute.text(USER_NAME, userName),
                RadiusAttribute.text(CLASS, "hotspot:" + classValue),
                RadiusAttribute.text(ACCT_SESSION_ID, "81a00003"),
                RadiusAttribute.integer(ACCT_INPUT_OCTETS, inputOctets),
                RadiusAttribute.integer(ACCT_OUTPUT_OCTETS, 7_654_321),
                RadiusAttribute.integer(EVENT_TIMESTAMP, 1_795_000_000)));
    }
}
