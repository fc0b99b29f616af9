package org.tongxin.platform.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.tongxin.platform.domain.Department;
import org.tongxin.platform.domain.DepartmentRepository;

/** Departments in JPA; an organisation's list reads by pf_department_org_name_uk (organisation, name). */
@ApplicationScoped
public class JpaDepartments implements DepartmentRepository {

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Override
    public void add(Department department) {
        em.persist(department);
    }

    @Override
    public Optional<Department> byId(long id) {
        return Optional.ofNullable(em.find(Department.class, id));
    }

    @Override
    public List<Department> of(long organisationId, boolean withRetired) {
        return em.createQuery(
                        "select d from Department d where d.organisationId = :o"
                                + (withRetired ? "" : " and d.retiredAt is null") + " order by d.name",
                        Department.class)
                .setParameter("o", organisationId)
                .setMaxResults(2000)
                .getResultList();
    }

    @Override
    public Optional<Department> byName(long organisationId, String name) {
        return em.createQuery(
                        "select d from Department d where d.organisationId = :o and d.name = :n", Department.class)
                .setParameter("o", organisationId)
                .setParameter("n", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Department> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from Department d where d.id in :ids", Department.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
