package org.hotspot.portal.dashboard.plans;

import java.util.Map;
import org.hotspot.portal.dashboard.web.PageProblem;

/**
 * The message above a form when voucher-service refused or did not answer: a key of
 * {@link PlanMessages} for the refusals only these pages know (credit, a retired plan), else the
 * frame's own problem message in {@code dash}; with the request id to quote.
 *
 * @param ownKey whether {@code key} is in {@code plans} rather than {@code dash}
 */
public record Alert(boolean ownKey, String key, String requestId) {

    /** voucher-service's problem kinds these pages say in their own words. */
    private static final Map<String, String> OWN = Map.of(
            "insufficient-credit", "errorCredit",
            "profile-not-allowed", "errorPlanNotAllowed",
            "currency-mismatch", "errorCurrencyMismatch",
            "profile-retired", "errorPlanRetired",
            "duplicate-name", "errorNameTaken");

    /** The alert of a problem; {@code kind} is the problem type's last segment, if the service gave one. */
    public static Alert of(PageProblem problem, String kind) {
        if (kind != null && OWN.containsKey(kind)) {
            return new Alert(true, OWN.get(kind), problem.requestId());
        }
        return new Alert(false, problem.messageKey(), problem.requestId());
    }

    /** A message of these pages' own that is not a backend's answer. */
    public static Alert own(String key) {
        return new Alert(true, key, null);
    }
}
