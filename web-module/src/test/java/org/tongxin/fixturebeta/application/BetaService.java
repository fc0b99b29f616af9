package org.tongxin.fixturebeta.application;

import org.tongxin.fixturealpha.application.AlphaService;

/** A fixture of ArchitectureRulesTest: the other half of the cycle. */
public class BetaService {

    AlphaService alpha;
}
