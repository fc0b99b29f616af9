package org.tongxin.studyhall.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.tongxin.studyhall.domain.ReadingGroup;
import org.tongxin.studyhall.domain.ReadingRepository;

/**
 * Reading groups (读书小组) for other contexts' services, without a caller check (the calling service has decided what
 * its caller may do, as with {@code MemberDirectory}): an organisation's groups to choose from, and one group by id.
 * Consultation links a group to an activity as its topic group (专题读书群) through it; the group stays the hall's.
 */
@ApplicationScoped
public class ReadingGroupDirectory {

    /** A reading group as another context names it. */
    public record GroupRef(long id, long organisationId, String name, String topic) implements java.io.Serializable {}

    @Inject
    ReadingRepository reading;

    /** The groups of the organisation itself (not those below it), by name; at most 500. */
    public List<GroupRef> ofOrganisation(long organisationId) {
        return reading.groupsOf(organisationId).stream()
                .map(ReadingGroupDirectory::ref)
                .toList();
    }

    public Optional<GroupRef> group(long id) {
        return reading.group(id).map(ReadingGroupDirectory::ref);
    }

    private static GroupRef ref(ReadingGroup g) {
        return new GroupRef(g.id(), g.organisationId(), g.name(), g.topic());
    }
}
