package org.hotspot.portal.dashboard.people;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Map;

/** The records the people templates get as {@code page}. */
public final class PeoplePages {

    private PeoplePages() {
    }

    /**
     * A person in the list, with a reseller's credit written in its currency and the names of the
     * plans they may sell (both empty for other roles).
     */
    @TemplateData
    public record Row(Person person, String credit, List<String> plans) {
    }

    @TemplateData
    public record Listing(List<Row> rows, String notice, PeopleAlert alert) {
    }

    @TemplateData
    public record NewOperator(NewOperatorForm form, List<Roles.Choice> roles, PeopleAlert alert) {
    }

    /**
     * A person's page.
     *
     * @param credit     a reseller's credit written, or null (not a reseller, or none granted yet)
     * @param creditForm a reseller's grant form, null for other roles
     * @param plans      the organization's plans on sale, for a reseller's allowed plans
     * @param yourself   whether the admin is looking at themself
     */
    @TemplateData
    public record PersonPage(Person person, List<Roles.Choice> roles, String credit, CreditForm creditForm,
            List<PlanChoice> plans, String notice, PeopleAlert alert, boolean yourself) {
    }

    /** The confirmation of {@code action}: {@code disable} or {@code totp}. */
    @TemplateData
    public record Confirm(Person person, String action, PeopleAlert alert) {
    }

    @TemplateData
    public record PasswordPage(Person person, Map<String, String> errors, PeopleAlert alert) {
    }
}
