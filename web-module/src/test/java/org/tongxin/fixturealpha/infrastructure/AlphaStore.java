package org.tongxin.fixturealpha.infrastructure;

/** A fixture of ArchitectureRulesTest. */
public class AlphaStore {}
