package org.hotspot.portal.dashboard.sales;

import io.quarkus.qute.TemplateData;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.hotspot.common.web.RequestIds;

/** voucher-service's sales report ({@code GET /api/sales}), called with the signed-in operator's token. */
@RegisterRestClient(configKey = "voucher-service")
@Path("/api/sales")
public interface SalesClient {

    @GET
    Uni<Page> sales(@HeaderParam("Authorization") String authorization,
            @HeaderParam(RequestIds.HEADER) String requestId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("groupBy") String groupBy, @QueryParam("page") int page,
            @QueryParam("size") int size);

    /** A page of rows; {@code totals} are of every row, by currency. */
    @TemplateData
    record Page(String groupBy, int page, int size, int totalRows, List<Row> rows, List<Total> totals) {
    }

    /** {@code key} null: the batches the organization's staff made; {@code amount} null: nobody paid. */
    @TemplateData
    record Row(String key, String name, boolean reseller, String currency, long batches, long vouchers,
            BigDecimal amount) {
    }

    @TemplateData
    record Total(String currency, long batches, long vouchers, BigDecimal amount) {
    }
}
