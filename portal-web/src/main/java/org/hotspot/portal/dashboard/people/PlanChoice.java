package org.hotspot.portal.dashboard.people;

import io.quarkus.qute.TemplateData;

/** A plan of voucher-service, only what the choice of a reseller's allowed plans needs. */
@TemplateData
public record PlanChoice(String id, String name, String state) {

    /** A retired plan is offered only while a reseller still has it. */
    public boolean retired() {
        return "RETIRED".equals(state);
    }
}
