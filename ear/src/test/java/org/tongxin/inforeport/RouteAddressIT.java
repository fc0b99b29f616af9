package org.tongxin.inforeport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.inforeport.application.ForwardingService;
import org.tongxin.inforeport.application.RouteAddresses;
import org.tongxin.platform.domain.OrganisationRepository;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.support.Deployments;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * A route may not point at this machine unless the deployment allows it. The test server allows it
 * (ReportForwardingIT forwards to itself); this test turns the setting off for its own calls.
 */
@ExtendWith(ArquillianExtension.class)
class RouteAddressIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(RouteAddressIT.class);
    }

    @Inject
    ForwardingService forwarding;

    @Inject
    OrganisationRepository organisations;

    @Test
    void withoutTheSettingARouteToALoopbackOrLinkLocalAddressIsRefusedWithTheFieldNamed() throws Exception {
        long changzhi = organisations.byCode("SX-CZ").orElseThrow().id();
        String before = System.getProperty(RouteAddresses.ALLOW_LOCAL);
        System.setProperty(RouteAddresses.ALLOW_LOCAL, "false");
        try {
            for (String url : new String[] {
                "http://127.0.0.1:8080",
                "http://localhost:8080/",
                "http://[::1]:8080",
                "http://169.254.169.254/latest/meta-data",
                "http://0.0.0.0:8080"
            }) {
                Problem p = assertThrows(
                        Problem.class,
                        () -> asAdmin(() -> forwarding.putRoute(changzhi, url, "peer", "secret-pass-1", "SX", "山西省政协")),
                        url);
                assertEquals("invalid-url", p.code(), url);
                assertEquals("problem.route.local", p.fieldKeys().get("baseUrl"), url);
            }
        } finally {
            if (before == null) {
                System.clearProperty(RouteAddresses.ALLOW_LOCAL);
            } else {
                System.setProperty(RouteAddresses.ALLOW_LOCAL, before);
            }
        }
    }

    private static <T> T asAdmin(Callable<T> work) throws Exception {
        return SecurityDomain.getCurrent()
                .createAdHocIdentity("admin")
                .withDefaultRoleMapper(RoleMapper.constant(Roles.of("sys-admin")))
                .runAs(work);
    }
}
