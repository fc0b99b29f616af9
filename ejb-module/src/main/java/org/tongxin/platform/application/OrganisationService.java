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

    /**
     * Renames, moves under another parent (of the level above) and sets the time zone; a {@code null}
     * parent or time zone leaves it as it is. A parent that is the organisation or lies below it is a
     * cycle ({@code 409 organisation-cycle}).
     */
    OrganisationDetails update(long id, String name, Long parentId, String timeZone, int expectedVersion);

    /** Retires an organisation and everything below it: its records stay, nothing new is filed there. */
    OrganisationDetails retire(long id);

    /** The empty import workbook. */
    byte[] template();

    /** Imports organisations from .xlsx below the caller's own, all or nothing; a dry run only checks. */
    OrganisationImportResult importTree(byte[] xlsx, boolean apply);

    int MAX_IMPORT_ROWS = 5000;
}
