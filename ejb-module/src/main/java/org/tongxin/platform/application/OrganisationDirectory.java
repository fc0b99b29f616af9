package org.tongxin.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.tongxin.platform.domain.OrganisationRepository;

/**
 * The organisation tree for other contexts' services: lookups without a caller check (the calling
 * service has already decided what its caller may see). Contexts never touch the {@code Organisation}
 * entity or its repository; they ask here. Organisations are in the second-level cache, so these reads
 * are cheap.
 */
@ApplicationScoped
public class OrganisationDirectory {

    @Inject
    OrganisationRepository organisations;

    public Optional<OrganisationSummary> find(long id) {
        return organisations.byId(id).map(OrganisationSummary::of);
    }

    public Optional<OrganisationSummary> findByCode(String code) {
        return organisations.byCode(code).map(OrganisationSummary::of);
    }

    /** The organisation's name, or "" when there is none with this id. */
    public String name(long id) {
        return organisations.byId(id).map(o -> o.name()).orElse("");
    }

    /** The organisations whose tree path matches the LIKE pattern (see {@code VisibleOrganisations}), in tree order. */
    public List<OrganisationSummary> matching(String pathPattern) {
        return organisations.matching(pathPattern).stream()
                .map(OrganisationSummary::of)
                .toList();
    }

    /**
     * Refuses to file anything new (a member, a space, a report) in a retired organisation:
     * {@code 409 organisation-retired}. An unknown id passes: the calling service reports it its own way.
     */
    public void requireOpen(long id) {
        organisations.byId(id).ifPresent(org.tongxin.platform.domain.Organisation::requireOpen);
    }
}
