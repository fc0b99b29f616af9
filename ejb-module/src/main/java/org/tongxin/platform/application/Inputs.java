package org.tongxin.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.tongxin.platform.kernel.Problem;

/**
 * Checks a command's Bean Validation constraints at the service boundary and reports every broken
 * field at once, as a problem whose field messages are bundle keys (the constraint's message
 * template), so that each edge shows them in its caller's language.
 */
@ApplicationScoped
public class Inputs {

    @Inject
    Validator validator;

    public <T> T check(T command) {
        if (command == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (ConstraintViolation<T> v : violations) {
                String template = v.getMessageTemplate();
                String key = template.startsWith("{") && template.endsWith("}")
                        ? template.substring(1, template.length() - 1)
                        : "problem.invalid-input";
                fields.putIfAbsent(v.getPropertyPath().toString(), key);
            }
            throw new Problem(Problem.Kind.RULE, "invalid-input", "problem.invalid-input", fields);
        }
        return command;
    }
}
