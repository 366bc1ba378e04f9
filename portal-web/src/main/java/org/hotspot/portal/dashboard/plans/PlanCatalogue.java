package org.hotspot.portal.dashboard.plans;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The plans a batch can be made from, for the batches pages. */
@ApplicationScoped
public class PlanCatalogue {

    private final PlanRestClient plans;

    PlanCatalogue(@RestClient PlanRestClient plans) {
        this.plans = plans;
    }

    /** The active plans the caller sees (a reseller: those they may sell), by name. */
    public Uni<List<Plan>> forSale(String authorization) {
        return plans.list(authorization)
                .map(found -> found.stream().filter(plan -> !plan.retired())
                        .sorted(Comparator.comparing(Plan::name, String.CASE_INSENSITIVE_ORDER)).toList());
    }
}
