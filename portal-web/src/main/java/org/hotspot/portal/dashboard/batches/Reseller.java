package org.hotspot.portal.dashboard.batches;

import java.math.BigDecimal;
import java.util.List;

/** A reseller's allowance, as {@code /api/resellers/me} answers it. */
public record Reseller(String username, String currency, BigDecimal credit, List<String> allowedProfileIds) {
}
