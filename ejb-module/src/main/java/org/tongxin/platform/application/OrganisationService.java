package org.tongxin.platform.application;

import jakarta.ejb.Local;
import java.util.List;

/** The organisation tree as the caller may see and (as system administrator) change it. */
@Local
public interface OrganisationService {

    List<OrganisationDetails> visible();

    OrganisationDetails get(long id);

    /** The name of an organisation, to anyone: the name of a committee is public (a member's public card shows it). */
    String publicName(long id);

    OrganisationDetails create(long parentId, String code, String name);

    OrganisationDetails rename(long id, String name, int expectedVersion);
}
