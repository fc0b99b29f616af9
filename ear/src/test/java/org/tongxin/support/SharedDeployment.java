package org.tongxin.support;

import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Deploys the EAR once for the whole run instead of once per test class.
 *
 * <p>Every Arquillian test deploys the same EAR ({@link Deployments#ear()}), or the same EAR with the
 * in-container test classes inside ({@link Deployments#inContainer(Class)}). Deploying it takes about
 * twelve seconds (Hibernate, Weld, Faces, the migrations' check, the demo data's check), which over sixty
 * classes and two databases was a third of the CI run. This extension keeps the EAR deployed between classes:
 *
 * <ul>
 *   <li>a class that asks for the plain EAR gets whichever of the two is deployed (the in-container one is the
 *       plain one plus test classes and Arquillian's servlet runner, which no client test calls);
 *   <li>a class that asks for the in-container EAR while the plain one is deployed has it replaced;
 *   <li>undeploying at the end of a class does nothing; the EAR is undeployed before the server stops, so
 *       that the server's configuration keeps no deployment for the next start.
 * </ul>
 *
 * <p>The database was already shared by all classes of a run (one H2 database in the server, one
 * PostgreSQL database), so tests already could not rely on a fresh one; what the sharing adds is the
 * application's memory (caches, login throttling, sessions), which tests must not rely on either.
 * {@code -Dtongxin.it.redeploy=true} restores a deployment per class, to tell a test's dependence on a
 * fresh application from a real failure.
 */
public class SharedDeployment implements LoadableExtension {

    private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());

    @Override
    public void register(ExtensionBuilder builder) {
        if (!Boolean.getBoolean("tongxin.it.redeploy")) {
            builder.observer(Keeper.class);
        }
    }

    /** What is deployed now: the archive as sent to the server, whether it holds the test classes. */
    private record Deployed(Archive<?> archive, boolean inContainer, ProtocolMetaData metaData) {}

    /** The observer: runs inside Arquillian's deployment context (a lower precedence than its handler's). */
    public static class Keeper {

        private Deployed deployed;

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> descriptionProducer;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deploymentProducer;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> metaDataProducer;

        @Inject
        private Instance<ProtocolMetaData> metaData;

        public void deploy(@Observes(precedence = -1000) EventContext<DeployDeployment> context) {
            Deployment deployment = context.getEvent().getDeployment();
            DeploymentDescription description = deployment.getDescription();
            if (!isTheEar(description)) {
                context.proceed();
                return;
            }
            boolean inContainer = description.testable();
            if (deployed != null && (deployed.inContainer() || !inContainer)) {
                descriptionProducer.set(description);
                deploymentProducer.set(deployment);
                metaDataProducer.set(deployed.metaData());
                deployment.deployed();
                return;
            }
            if (deployed != null) {
                undeploy(context.getEvent().getDeployableContainer());
            }
            context.proceed();
            if (deployment.isDeployed() && !deployment.hasDeploymentError()) {
                Archive<?> sent = description.getTestableArchive() != null
                        ? description.getTestableArchive()
                        : description.getArchive();
                deployed = new Deployed(sent, inContainer, metaData.get());
                LOG.info(() -> "kept deployed for the following test classes: " + sent.getName()
                        + (inContainer ? " (with the in-container test classes)" : ""));
            }
        }

        public void undeploy(@Observes(precedence = -1000) EventContext<UnDeployDeployment> context) {
            Deployment deployment = context.getEvent().getDeployment();
            if (deployed != null && isTheEar(deployment.getDescription())) {
                deployment.undeployed();
                return;
            }
            context.proceed();
        }

        public void beforeStop(@Observes BeforeStop event) {
            if (deployed != null) {
                undeploy(event.getDeployableContainer());
            }
        }

        private void undeploy(DeployableContainer<?> container) {
            Archive<?> archive = deployed.archive();
            deployed = null;
            try {
                container.undeploy(archive);
            } catch (Exception e) {
                throw new IllegalStateException("could not undeploy the shared " + archive.getName(), e);
            }
        }

        private static boolean isTheEar(DeploymentDescription description) {
            return description.isArchiveDeployment()
                    && Deployments.EAR_NAME.equals(description.getArchive().getName());
        }
    }
}
