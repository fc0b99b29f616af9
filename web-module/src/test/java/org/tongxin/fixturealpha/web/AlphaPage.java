package org.tongxin.fixturealpha.web;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A fixture of ArchitectureRulesTest: a page that queries the database itself. */
public class AlphaPage {

    @PersistenceContext
    EntityManager em;
}
