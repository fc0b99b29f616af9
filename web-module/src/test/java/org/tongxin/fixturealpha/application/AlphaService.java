package org.tongxin.fixturealpha.application;

import org.tongxin.fixturebeta.application.BetaService;

/** A fixture of ArchitectureRulesTest: half of a cycle between two contexts. */
public class AlphaService {

    BetaService beta;
}
