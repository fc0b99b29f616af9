package org.tongxin.platform.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import javax.security.auth.Subject;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;
import org.junit.jupiter.api.Test;

class BrokerSecurityTest {

    private final BrokerSecurity security = new BrokerSecurity(
            "s3cret",
            (name, password) ->
                    "pw".equals(password) ? Set.of(name.equals("meetings") ? "remote-duty" : "remote-events") : null);

    private final Map<String, Set<Role>> settings = EventBroker.securitySettings();

    @Test
    void theApplicationSignsInWithItsSecretOnly() {
        assertNotNull(security.authenticate(BrokerSecurity.INTERNAL, "s3cret", null, null));
        assertNull(security.authenticate(BrokerSecurity.INTERNAL, "pw", null, null));
        assertNull(security.authenticate(null, null, null, null));
    }

    @Test
    void anAccountSignsInThroughThePlatformsCheckAndIsTheValidatedUser() {
        Subject s = security.authenticate(" Meetings ", "pw", null, null);
        assertNotNull(s);
        assertEquals(
                "meetings",
                s.getPrincipals(UserPrincipal.class).iterator().next().getName());
        assertNull(security.authenticate("meetings", "wrong", null, null));
    }

    @Test
    void rolesDecideWhoSendsCommandsAndWhoSubscribes() {
        Subject meetings = security.authenticate("meetings", "pw", null, null);
        Subject portal = security.authenticate("portal", "pw", null, null);
        Subject app = security.authenticate(BrokerSecurity.INTERNAL, "s3cret", null, null);
        Set<Role> commands = settings.get("tongxin.commands");
        Set<Role> events = settings.get("tongxin.events");
        Set<Role> dead = settings.get("tongxin.commands.dlq");
        assertTrue(security.authorize(meetings, commands, CheckType.SEND, "tongxin.commands"));
        assertFalse(security.authorize(portal, commands, CheckType.SEND, "tongxin.commands"));
        assertFalse(security.authorize(meetings, commands, CheckType.CONSUME, "tongxin.commands"));
        assertTrue(security.authorize(portal, events, CheckType.CREATE_DURABLE_QUEUE, "tongxin.events"));
        assertFalse(security.authorize(meetings, events, CheckType.CREATE_DURABLE_QUEUE, "tongxin.events"));
        // a resource adapter's durable subscription asks to create the (existing) topic address too
        assertTrue(security.authorize(portal, events, CheckType.CREATE_ADDRESS, "tongxin.events"));
        assertFalse(security.authorize(meetings, events, CheckType.CREATE_ADDRESS, "tongxin.events"));
        assertFalse(security.authorize(meetings, events, CheckType.CONSUME, "tongxin.events"));
        assertFalse(security.authorize(portal, events, CheckType.SEND, "tongxin.events"));
        assertFalse(security.authorize(meetings, dead, CheckType.CONSUME, "tongxin.commands.dlq"));
        assertTrue(security.authorize(app, dead, CheckType.CONSUME, "tongxin.commands.dlq"));
        assertTrue(security.authorize(app, events, CheckType.SEND, "tongxin.events"));
        assertFalse(security.authorize(meetings, settings.get("#"), CheckType.SEND, "some.address"));
        assertTrue(security.authorize(meetings, settings.get("#"), CheckType.CREATE_NON_DURABLE_QUEUE, "tmp"));
    }
}
