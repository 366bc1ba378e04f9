package org.hotspot.portal.dashboard.plans;

import java.util.List;
import java.util.Map;

/** The records the plans templates read as {@code page}. */
public final class PlanPages {

    private PlanPages() {
    }

    /**
     * The list.
     *
     * @param canEdit whether the operator may create, edit and retire (org admins and operators)
     * @param notice  a {@link PlanMessages} key saying what the last action did, or null
     * @param changed how many existing vouchers took the new terms, written for the page; or null
     */
    public record Listing(List<PlanRow> plans, boolean canEdit, String notice, String changed, Alert alert) {
    }

    /**
     * The create or edit form.
     *
     * @param planId null for a new plan
     * @param errors form field to the {@link PlanMessages} key of what is wrong with it
     */
    public record Form(PlanForm form, Map<String, String> errors, Alert alert, String planId, String planName) {

        public boolean editing() {
            return planId != null;
        }

        /** The form's address: create, or save the edit. */
        public String action() {
            return planId == null ? "/dashboard/plans" : "/dashboard/plans/" + planId;
        }
    }

    /** Retiring's confirmation. */
    public record Retire(String planId, String planName, Alert alert) {
    }
}
