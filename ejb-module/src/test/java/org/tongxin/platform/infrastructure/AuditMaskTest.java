package org.tongxin.platform.infrastructure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the audit trail never shows: secrets and personal data, by property name. */
class AuditMaskTest {

    @Test
    void secretsAndPersonalDataAreMasked() {
        for (String property : new String[] {"passwordHash", "secretSealed", "tokenDigest", "phone", "mobilePhone", "birthDate",
                "idCardNumber", "idNumber", "passportNo", "homeAddress", "email"}) {
            assertTrue(AuditListener.masked(property), property);
        }
    }

    @Test
    void ordinaryPropertiesAreShown() {
        for (String property : new String[] {"name", "organisationId", "status", "workplace", "title", "roles", "committeeId"}) {
            assertFalse(AuditListener.masked(property), property);
        }
    }
}
