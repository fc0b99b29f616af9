package org.tongxin.platform.kernel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an append-only entity whose rows already say who wrote them and when (a ledger): the audit
 * trail skips its inserts, which would only repeat them, and still records every later change.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OwnTrail {}
