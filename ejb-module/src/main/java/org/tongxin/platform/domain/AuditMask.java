package org.tongxin.platform.domain;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tongxin.platform.kernel.Jsonp;

/**
 * What the audit trail never shows: secrets (password hashes, sealed route passwords, tokens) and personal
 * data (phone numbers, birth dates, identity-card and passport numbers, addresses, e-mail), by the name of the
 * changed property. The entry still says that the property changed, with {@value #MASK} for its values.
 */
public final class AuditMask {

    public static final String MASK = "***";

    private static final List<String> MASKED = List.of(
            "password",
            "secret",
            "token",
            "phone",
            "mobile",
            "birth",
            "idcard",
            "idnumber",
            "identity",
            "passport",
            "address",
            "email");

    private AuditMask() {}

    public static boolean masked(String property) {
        String lower = property.toLowerCase(Locale.ROOT);
        for (String fragment : MASKED) {
            if (lower.contains(fragment)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The details of an entry ({@code {"changes":{"<property>":{"before":…,"after":…}}}}) with the values of
     * masked properties replaced: lines written before a property was masked never show it either. Anything
     * that is not such an object (a security event's details, a truncated entry) is returned as it is.
     */
    public static String details(String details) {
        if (details == null || !details.startsWith("{\"changes\":")) {
            return details;
        }
        JsonObject root;
        try {
            root = Jsonp.createReader(new StringReader(details)).readObject();
        } catch (JsonException | IllegalStateException e) {
            return details;
        }
        JsonValue changes = root.get("changes");
        if (!(changes instanceof JsonObject properties)
                || properties.keySet().stream().noneMatch(AuditMask::masked)) {
            return details;
        }
        JsonObjectBuilder masked = Jsonp.createObjectBuilder();
        for (Map.Entry<String, JsonValue> p : properties.entrySet()) {
            if (masked(p.getKey()) && p.getValue() instanceof JsonObject change) {
                JsonObjectBuilder values = Jsonp.createObjectBuilder();
                change.forEach((k, v) -> values.add(k, v == JsonValue.NULL ? JsonValue.NULL : Jsonp.createValue(MASK)));
                masked.add(p.getKey(), values);
            } else {
                masked.add(p.getKey(), p.getValue());
            }
        }
        return Jsonp.createObjectBuilder(root).add("changes", masked).build().toString();
    }
}
