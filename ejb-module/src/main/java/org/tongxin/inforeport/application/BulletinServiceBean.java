package org.tongxin.inforeport.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tongxin.inforeport.domain.Bulletin;
import org.tongxin.inforeport.domain.BulletinItem;
import org.tongxin.inforeport.domain.Report;
import org.tongxin.inforeport.domain.ReportAuthor;
import org.tongxin.inforeport.domain.ReportRepository;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.OrganisationDirectory;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/** Bulletin issues. Numbers come from the organisation's issues of the year; the database keeps them unique. */
@Stateless
public class BulletinServiceBean implements BulletinService {

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Inject
    ReportRepository reports;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    OrganisationTime time;

    @Inject
    BulletinPrinter printer;

    @Inject
    Callers callers;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public BulletinDetails publish(String title, LocalDate from, LocalDate to) {
        Caller caller = callers.caller(session.getCallerPrincipal());
        long org = caller.visible().ownId();
        if (from == null || to == null || to.isBefore(from)) {
            throw Problem.field("to", "invalid-period", "problem.report.period");
        }
        List<Long> adopted = em.createQuery(
                        "select a.reportId from Adoption a where a.organisationId = :o and a.voidedAt is null"
                                + " and a.adoptedAt >= :from and a.adoptedAt < :to and a.reportId not in"
                                + " (select i.key.reportId from BulletinItem i where i.organisationId = :o) order by a.adoptedAt, a.id",
                        Long.class)
                .setParameter("o", org)
                .setParameter("from", time.startOf(from, org))
                .setParameter("to", time.startOf(to.plusDays(1), org))
                .getResultList();
        if (adopted.isEmpty()) {
            throw Problem.rule("nothing-to-publish", "problem.bulletin.empty");
        }
        int year = time.year(org);
        Integer last = em.createQuery(
                        "select max(b.number) from Bulletin b where b.organisationId = :o and b.year = :y",
                        Integer.class)
                .setParameter("o", org)
                .setParameter("y", year)
                .getSingleResult();
        Bulletin bulletin = new Bulletin(
                org,
                year,
                last == null ? 1 : last + 1,
                title == null || title.isBlank() ? "社情民意" : title,
                from,
                to,
                caller.username(),
                time.now());
        em.persist(bulletin);
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException) {
                    throw Problem.conflict("number-taken", "problem.bulletin.number-taken");
                }
            }
            throw e;
        }
        for (int i = 0; i < adopted.size(); i++) {
            em.persist(new BulletinItem(bulletin, adopted.get(i), i + 1));
        }
        em.flush();
        return view(bulletin);
    }

    @Override
    @RolesAllowed({Role.INFO_EDITOR_CODE, Role.LEADER_CODE})
    public List<BulletinDetails> bulletins() {
        long org = callers.caller(session.getCallerPrincipal()).visible().ownId();
        return em.createQuery(
                        "select b from Bulletin b where b.organisationId = :o order by b.year desc, b.number desc",
                        Bulletin.class)
                .setParameter("o", org)
                .setMaxResults(200)
                .getResultStream()
                .map(b -> new BulletinDetails(
                        b.id(),
                        b.organisationId(),
                        "",
                        b.year(),
                        b.number(),
                        b.title(),
                        b.periodFrom(),
                        b.periodTo(),
                        b.publishedAt(),
                        List.of()))
                .toList();
    }

    @Override
    @RolesAllowed({Role.INFO_EDITOR_CODE, Role.LEADER_CODE})
    public BulletinDetails bulletin(long id) {
        return view(visible(id));
    }

    @Override
    @RolesAllowed({Role.INFO_EDITOR_CODE, Role.LEADER_CODE})
    public byte[] pdf(long id) {
        Bulletin b = visible(id);
        return printer.pdf(view(b), time.zone(b.organisationId()));
    }

    @Override
    @RolesAllowed({Role.INFO_EDITOR_CODE, Role.LEADER_CODE})
    public byte[] docx(long id) {
        Bulletin b = visible(id);
        return printer.docx(view(b), time.zone(b.organisationId()));
    }

    private Bulletin visible(long id) {
        long org = callers.caller(session.getCallerPrincipal()).visible().ownId();
        Bulletin b = em.find(Bulletin.class, id);
        if (b == null || b.organisationId() != org) {
            throw Problem.notFound("bulletin");
        }
        return b;
    }

    private BulletinDetails view(Bulletin b) {
        List<Long> ids = em.createQuery(
                        "select i.key.reportId from BulletinItem i where i.key.bulletinId = :b order by i.position",
                        Long.class)
                .setParameter("b", b.id())
                .getResultList();
        Map<Long, List<ReportAuthor>> authors = reports.authors(ids);
        List<BulletinDetails.Item> items = new ArrayList<>();
        for (long id : ids) {
            Report r = reports.report(id).orElseThrow();
            items.add(new BulletinDetails.Item(
                    r.id(),
                    r.title(),
                    r.body(),
                    r.proposals(),
                    authors.getOrDefault(id, List.of()).stream()
                            .map(ReportAuthor::memberName)
                            .toList(),
                    organisations.name(r.organisationId())));
        }
        return new BulletinDetails(
                b.id(),
                b.organisationId(),
                organisations.name(b.organisationId()),
                b.year(),
                b.number(),
                b.title(),
                b.periodFrom(),
                b.periodTo(),
                b.publishedAt(),
                items);
    }
}
