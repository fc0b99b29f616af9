package org.tongxin.fixturealpha.infrastructure;

/** A fixture of ArchitectureRulesTest. */
public class AlphaStore {

    /** Breaks rule (f): looks the JSON-P provider up on each call. */
    String empty() {
        return jakarta.json.Json.createObjectBuilder().build().toString();
    }
}
