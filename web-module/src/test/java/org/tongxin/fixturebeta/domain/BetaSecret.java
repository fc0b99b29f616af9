package org.tongxin.fixturebeta.domain;

/** A fixture of ArchitectureRulesTest: private to its context. */
public class BetaSecret {}
