package org.tongxin.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the audit trail never shows: secrets and personal data, by property name, also in lines written before. */
class AuditMaskTest {

    @Test
    void secretsAndPersonalDataAreMasked() {
        for (String property : new String[] {
            "passwordHash",
            "secretSealed",
            "tokenDigest",
            "phone",
            "mobilePhone",
            "birthDate",
            "idCardNumber",
            "idNumber",
            "passportNo",
            "homeAddress",
            "email"
        }) {
            assertTrue(AuditMask.masked(property), property);
        }
    }

    @Test
    void ordinaryPropertiesAreShown() {
        for (String property :
                new String[] {"name", "organisationId", "status", "workplace", "title", "roles", "committeeId"}) {
            assertFalse(AuditMask.masked(property), property);
        }
    }

    @Test
    void anEntryWrittenWithAPhoneShowsItMaskedAndTheOtherValuesAsTheyAre() {
        String written =
                "{\"changes\":{\"name\":{\"after\":\"张伟明\"},\"phone\":{\"before\":\"13912345678\",\"after\":\"13800000000\"},"
                        + "\"birthDate\":{\"after\":\"1970-01-02\"},\"title\":{\"after\":null}}}";
        assertEquals(
                "{\"changes\":{\"name\":{\"after\":\"张伟明\"},\"phone\":{\"before\":\"***\",\"after\":\"***\"},"
                        + "\"birthDate\":{\"after\":\"***\"},\"title\":{\"after\":null}}}",
                AuditMask.details(written));
    }

    @Test
    void securityEventsAndTruncatedEntriesAreLeftAsTheyAre() {
        assertEquals("{\"method\":\"GET\",\"path\":\"/x\"}", AuditMask.details("{\"method\":\"GET\",\"path\":\"/x\"}"));
        assertEquals(
                "{\"changes\":{\"phone\":{\"after\":\"139…",
                AuditMask.details("{\"changes\":{\"phone\":{\"after\":\"139…"));
        assertEquals(null, AuditMask.details(null));
    }
}
