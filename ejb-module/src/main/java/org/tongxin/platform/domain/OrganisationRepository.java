package org.tongxin.platform.domain;

import java.util.List;
import java.util.Optional;

/** The organisation tree. */
public interface OrganisationRepository {

    Optional<Organisation> byId(long id);

    Optional<Organisation> byCode(String code);

    /** Persists a new organisation and gives it its path. */
    void add(Organisation organisation);

    /** The organisations whose path matches the LIKE pattern (see VisibleOrganisations), in tree order. */
    List<Organisation> matching(String pathPattern);

    long count();
}
