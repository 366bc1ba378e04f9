package org.hotspot.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotspot.voucher.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hotspot.testing.AuthService;
import org.hotspot.testing.AuthService.Operator;
import org.hotspot.testing.InjectAuthService;
import org.hotspot.testing.WithAuthService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/sales}: vouchers sold and what resellers paid, by reseller and by plan, answered
 * by an aggregation the embedded MongoDB runs too; a reseller reads only their own.
 */
@QuarkusTest
@WithAuthService
class SalesTest {

    @InjectAuthService
    AuthService auth;

    private String admin;
    private Operator first;
    private Operator second;
    private String hour;
    private String day;

    @BeforeEach
    void twoResellersAndTheStaffSellTwoPlans() {
        String organization = auth.newOrganization();
        admin = auth.tokenFor(organization, "ORG_ADMIN");
        // Resellers come in username order: the first one's name sorts first.
        List<Operator> two = new ArrayList<>(List.of(auth.newOperator(organization, "RESELLER"),
                auth.newOperator(organization, "RESELLER")));
        two.sort(Comparator.comparing(Operator::username));
        first = two.get(0);
        second = two.get(1);
        hour = Fixtures.profile(admin);
        Map<String, Object> daily = Fixtures.plan("day " + organization);
        daily.put("price", 4);
        day = Fixtures.profile(admin, daily);
        for (Operator reseller : List.of(first, second)) {
            as(admin).body(Map.of("currency", "USD", "addCredit", "100", "allowedProfileIds", List.of(hour, day)))
                    .when().put("/api/resellers/" + reseller.username()).then().statusCode(200);
        }
        Fixtures.readyBatch(first.accessToken(), hour, 2);
        Fixtures.readyBatch(first.accessToken(), day, 3);
        Fixtures.readyBatch(second.accessToken(), hour, 4);
        Fixtures.readyBatch(admin, day, 5);
    }

    private static JsonPath sales(String token, String groupBy) {
        return as(token).queryParam("groupBy", groupBy).when().get("/api/sales").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void anAdminReadsEverySaleByReseller() {
        JsonPath sales = sales(admin, "reseller");
        assertThat(sales.getList("rows.key")).containsExactly(null, first.username(), second.username())
                .as("the staff's batches first, then resellers in order");
        assertThat(sales.getList("rows.vouchers", Integer.class)).containsExactly(5, 5, 4);
        assertThat(sales.getList("rows.reseller", Boolean.class)).containsExactly(false, true, true);
        // 2 x 2.5 + 3 x 4 and 4 x 2.5; the staff's batch records no price paid.
        assertThat(sales.getList("rows.amount", Float.class)).containsExactly(null, 17.0f, 10.0f);
        assertThat(sales.getInt("totals[0].vouchers")).isEqualTo(14);
        assertThat(sales.getFloat("totals[0].amount")).isEqualTo(27.0f);
        assertThat(sales.getString("totals[0].currency")).isEqualTo("USD");
    }

    @Test
    void byPlanWithItsName() {
        JsonPath sales = sales(admin, "profile");
        assertThat(sales.getList("rows.key")).containsExactlyInAnyOrder(hour, day);
        Map<String, Object> daily = sales.getMap("rows.find { it.key == '" + day + "' }");
        assertThat(daily.get("vouchers")).isEqualTo(8);
        assertThat(((Number) daily.get("amount")).doubleValue()).isEqualTo(12.0);
        assertThat((String) daily.get("name")).startsWith("day ");
    }

    @Test
    void aResellerReadsOnlyTheirOwn() {
        JsonPath sales = sales(first.accessToken(), "reseller");
        assertThat(sales.getList("rows.key")).containsExactly(first.username());
        assertThat(sales.getInt("totals[0].vouchers")).isEqualTo(5);
        assertThat(sales.getFloat("totals[0].amount")).isEqualTo(17.0f);
        assertThat(sales(first.accessToken(), "profile").getList("rows.vouchers", Integer.class))
                .containsExactlyInAnyOrder(2, 3);
    }

    @Test
    void aPageOfRowsWithTheTotalsOfAll() {
        JsonPath sales = as(admin).queryParam("groupBy", "reseller").queryParam("page", 1).queryParam("size", 2)
                .when().get("/api/sales").then().statusCode(200).extract().jsonPath();
        assertThat(sales.getList("rows.key")).containsExactly(second.username());
        assertThat(sales.getInt("totalRows")).isEqualTo(3);
        assertThat(sales.getInt("totals[0].vouchers")).isEqualTo(14);
    }

    @Test
    void anEmptyPeriodAndWrongInput() {
        JsonPath empty = as(admin).queryParam("from", "2020-01-01").queryParam("to", "2020-02-01")
                .when().get("/api/sales").then().statusCode(200).extract().jsonPath();
        assertThat(empty.getList("rows")).isEmpty();
        as(admin).queryParam("groupBy", "router").when().get("/api/sales").then().statusCode(400);
        as(admin).queryParam("from", "yesterday").when().get("/api/sales").then().statusCode(400);
        as(admin).queryParam("from", "2020-01-01").queryParam("to", "2022-01-01").when().get("/api/sales")
                .then().statusCode(400);
    }
}
