package org.tongxin.platform.application;

import java.util.List;

import jakarta.ejb.Local;

/** The organisation tree as the caller may see and (as system administrator) change it. */
@Local
public interface OrganisationService {

    List<OrganisationView> visible();

    OrganisationView get(long id);

    /** The name of an organisation, to anyone: the name of a committee is public (a member's public card shows it). */
    String publicName(long id);

    OrganisationView create(long parentId, String code, String name);

    OrganisationView rename(long id, String name, int expectedVersion);
}
