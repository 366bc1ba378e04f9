package org.hotspot.auth.repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.bson.conversions.Bson;
import org.hotspot.auth.Branding;
import org.hotspot.auth.Organization;
import org.hotspot.auth.OrganizationSettings;

@ApplicationScoped
public class OrganizationRepository implements ReactivePanacheMongoRepositoryBase<Organization, String> {

    /**
     * Sets the organization's name, second factor and, each unless null, language, time zone, currency
     * and digits; the organization as it is afterwards, or null when there is none. Only these fields:
     * a branding saved at the same moment stays.
     */
    public Uni<Organization> setSettings(String id, OrganizationSettings settings) {
        List<Bson> updates = new ArrayList<>(List.of(Updates.set("name", settings.name()),
                Updates.set("requireTotp", settings.requireTotp())));
        setUnlessNull(updates, "language", settings.language());
        setUnlessNull(updates, "timeZone", settings.timeZone());
        setUnlessNull(updates, "currency", settings.currency());
        setUnlessNull(updates, "digits", settings.digits());
        return setFields(id, updates);
    }

    private static void setUnlessNull(List<Bson> updates, String field, String value) {
        if (value != null) {
            updates.add(Updates.set(field, value));
        }
    }

    /**
     * Sets the organization's branding texts and colours and, unless {@code keepLogo}, its logo (null
     * removes it); the organization as it is afterwards, or null when there is none. Field by field
     * in one update, so a rename saved at the same moment is not undone, nor a logo kept by omission
     * overwritten by a stale copy.
     */
    public Uni<Organization> setBranding(String id, Branding branding, boolean keepLogo) {
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.set("branding.displayName", branding.displayName),
                Updates.set("branding.primaryColor", branding.primaryColor),
                Updates.set("branding.accentColor", branding.accentColor),
                Updates.set("branding.termsText", branding.termsText),
                Updates.set("branding.updatedAt", branding.updatedAt)));
        if (!keepLogo) {
            updates.add(Updates.set("branding.logo", branding.logo));
            updates.add(Updates.set("branding.logoContentType", branding.logoContentType));
        }
        return setFields(id, updates);
    }

    private Uni<Organization> setFields(String id, List<Bson> updates) {
        return mongoCollection().findOneAndUpdate(Filters.eq("_id", id), Updates.combine(updates),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }
}
