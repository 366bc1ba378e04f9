package org.hotspot.auth.repository;

import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotspot.auth.Organization;

@ApplicationScoped
public class OrganizationRepository implements ReactivePanacheMongoRepositoryBase<Organization, String> {
}
