package org.tongxin.platform.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.tongxin.platform.kernel.Role;

/** Stores a role by its code ("office-staff"), the same word the API and the security layer use. */
@Converter
public class RoleConverter implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.code();
    }

    @Override
    public Role convertToEntityAttribute(String code) {
        return code == null
                ? null
                : Role.ofCode(code).orElseThrow(() -> new IllegalStateException("unknown role " + code));
    }
}
