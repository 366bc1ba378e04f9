package org.hotspot.portal.dashboard.people;

import io.quarkus.qute.TemplateData;
import java.util.Map;
import org.hotspot.portal.dashboard.plans.Refusal;

/**
 * The message above a form when a service refused: a key of {@link PeopleMessages} for the refusals
 * these pages say in their own words (yourself, a platform admin, sign in again), else the frame's
 * problem message in {@code dash}; with the request id to quote.
 */
@TemplateData
public record PeopleAlert(boolean ownKey, String key, String requestId) {

    private static final Map<String, String> OWN = Map.of(
            "reauthentication-required", "errorSignInAgain",
            "forbidden", "errorPlatformAdmin",
            "weak-password", "errorPasswordRefused",
            "not-a-reseller", "errorNotAReseller",
            "currency-mismatch", "errorCurrencyMismatch");

    static PeopleAlert of(Refusal refusal) {
        if (refusal.kind() != null && OWN.containsKey(refusal.kind())) {
            return new PeopleAlert(true, OWN.get(refusal.kind()), refusal.problem().requestId());
        }
        if ("conflict".equals(refusal.kind()) && refusal.problem().detail() != null
                && refusal.problem().detail().contains("yourself")) {
            // auth-service's 409 for an admin acting on themself; the only other 409 here is a taken username.
            return new PeopleAlert(true, "errorYourself", refusal.problem().requestId());
        }
        return new PeopleAlert(false, refusal.problem().messageKey(), refusal.problem().requestId());
    }

    static PeopleAlert own(String key) {
        return new PeopleAlert(true, key, null);
    }
}
