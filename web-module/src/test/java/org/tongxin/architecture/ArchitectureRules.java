package org.tongxin.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * The architecture of the tree as rules over package patterns, never over a list of contexts: a context is
 * whatever lives in {@code org.tongxin.<context>..}, so a new context obeys them by being there. Checked by
 * {@link ArchitectureTest} against the built classes of both modules, and by {@link ArchitectureRulesTest}
 * against small trees that break each rule once.
 */
final class ArchitectureRules {

    static final String ROOT = "org.tongxin.";

    /** The platform's kernel: value types every context may use. */
    static final String KERNEL = "org.tongxin.platform.kernel";

    /**
     * The platform's shared web support that every context's pages may use: the current user, messages and
     * problems on a page, the texts of the bundles, the lazy table model, and QR codes.
     */
    static final Set<String> SHARED_WEB = Set.of(
            "org.tongxin.platform.web.Pages",
            "org.tongxin.platform.web.Texts",
            "org.tongxin.platform.web.CurrentUser",
            "org.tongxin.platform.web.PagedModel",
            "org.tongxin.platform.web.QrSvg");

    /**
     * Not a context: the server module ({@code config/server-module}, the Undertow handler and its tarpit registry),
     * which the platform reaches through a module dependency.
     */
    static final String SERVER = "org.tongxin.server";

    /**
     * Documented exception: demo data ({@code Demo*}) of any context may read the platform's demo logins
     * ({@code DemoData}), so that the demo roster's members carry the names of the accounts member1 … member20.
     */
    static final String DEMO_LOGINS = "org.tongxin.platform.infrastructure.DemoData";

    /**
     * Where the clock may be read and a zone named: the platform's calendar, the organisation entity, demo data,
     * and one documented exception: the audit trail's Hibernate listener, which Hibernate creates outside CDI
     * (no injected Clock) and which stamps each history row with the real moment it was written, in UTC.
     */
    static final Set<String> TIME_OWNERS = Set.of(
            "org.tongxin.platform.application.OrganisationTime",
            "org.tongxin.platform.domain.Organisation",
            "org.tongxin.platform.infrastructure.AuditListener");

    private ArchitectureRules() {}

    /** The context a class belongs to ({@code committee} for {@code org.tongxin.committee.domain.Member}), or null. */
    static String context(JavaClass c) {
        String p = c.getPackageName();
        if (!p.startsWith(ROOT)) {
            return null;
        }
        String rest = p.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean inPackage(JavaClass c, String pkg) {
        return c.getPackageName().equals(pkg) || c.getPackageName().startsWith(pkg + ".");
    }

    /** True when the target may be reached from another context. */
    static boolean published(JavaClass target) {
        String ctx = context(target);
        return inPackage(target, ROOT + ctx + ".application")
                || inPackage(target, KERNEL)
                || SHARED_WEB.contains(target.getName())
                || SHARED_WEB.contains(outermost(target).getName())
                || inPackage(target, SERVER);
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass o = c;
        while (o.getEnclosingClass().isPresent()) {
            o = o.getEnclosingClass().get();
        }
        return o;
    }

    /**
     * (a) A context reaches another only through the other's application package, the platform's kernel and, for
     * pages, the platform's shared web support.
     */
    static ArchRule contextsMeetThroughApplication() {
        return classes()
                .that()
                .resideInAPackage("org.tongxin..")
                .should(
                        new ArchCondition<JavaClass>("reach another context only through its application package, "
                                + KERNEL + " or " + SHARED_WEB) {
                            @Override
                            public void check(JavaClass origin, ConditionEvents events) {
                                String from = context(origin);
                                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                                    JavaClass target = d.getTargetClass();
                                    String to = context(target);
                                    boolean demo = outermost(origin)
                                                    .getSimpleName()
                                                    .startsWith("Demo")
                                            && outermost(target).getName().equals(DEMO_LOGINS);
                                    if (to != null && from != null && !to.equals(from) && !published(target) && !demo) {
                                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                                    }
                                }
                            }
                        })
                .allowEmptyShould(true);
    }

    /**
     * The value types (enums, records) of a context's own application package: its published language, which its
     * domain speaks too (the duty ledger's {@code DutyCategory}, {@code DutyRole}, {@code SourceRef} are fired by
     * other contexts in {@code DutyEvent}, so they live in {@code duty.application}, and the ledger entry holds them).
     */
    static boolean ownPublishedValue(JavaClass origin, JavaClass target) {
        JavaClass t = outermost(target);
        return context(origin) != null
                && context(origin).equals(context(target))
                && inPackage(target, ROOT + context(target) + ".application")
                && (t.isEnum() || t.isRecord());
    }

    /**
     * (b) A domain uses no Faces, JAX-RS, EJB, no infrastructure, and of application packages only its own
     * context's published value types.
     */
    static ArchRule domainIsPlain() {
        return classes()
                .that()
                .resideInAPackage("org.tongxin.*.domain..")
                .should(
                        new ArchCondition<JavaClass>(
                                "use no Faces, JAX-RS, EJB, infrastructure, nor an application package (but its own published values)") {
                            @Override
                            public void check(JavaClass origin, ConditionEvents events) {
                                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                                    JavaClass t = d.getTargetClass();
                                    String p = t.getPackageName();
                                    boolean framework = inPackage(t, "jakarta.faces")
                                            || inPackage(t, "jakarta.ws.rs")
                                            || inPackage(t, "jakarta.ejb");
                                    boolean infrastructure = p.contains(".infrastructure");
                                    boolean application = p.startsWith(ROOT)
                                            && p.contains(".application")
                                            && !ownPublishedValue(origin, t);
                                    if (framework || infrastructure || application) {
                                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                                    }
                                }
                            }
                        })
                .allowEmptyShould(true);
    }

    /** (c) The web module holds no EntityManager and no persistence context: it calls services. */
    static ArchRule webHasNoPersistence() {
        return noClasses()
                .should()
                .dependOnClassesThat()
                .areAssignableTo(EntityManager.class)
                .as("no class of the web module depends on an EntityManager")
                .allowEmptyShould(true);
    }

    static ArchRule webInjectsNoPersistenceContext() {
        return noFields()
                .should()
                .beAnnotatedWith(PersistenceContext.class)
                .as("no field of the web module is a @PersistenceContext")
                .allowEmptyShould(true);
    }

    /** (d) No cycle between contexts. */
    static ArchRule noCyclesBetweenContexts() {
        return slices().matching("org.tongxin.(*)..").should().beFreeOfCycles().allowEmptyShould(true);
    }

    /**
     * (d) Within each context: domain, then application, then infrastructure, web and api on top of it (web and api
     * may share the edge's helpers). A domain
     * may speak its own application's published value types ({@link #ownPublishedValue}); nothing below reaches up.
     * Across contexts rule (a) applies.
     */
    static ArchRule layersWithinContexts() {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Domain")
                .definedBy("org.tongxin.*.domain..")
                .layer("Application")
                .definedBy("org.tongxin.*.application..")
                .layer("Infrastructure")
                .definedBy("org.tongxin.*.infrastructure..")
                .layer("Web")
                .definedBy("org.tongxin.*.web..")
                .layer("Api")
                .definedBy("org.tongxin.*.api..")
                // web and api are the one edge of the web module: the api answers in the pages' language (Texts)
                .whereLayer("Web")
                .mayOnlyBeAccessedByLayers("Api")
                .whereLayer("Api")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Infrastructure")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Application")
                .mayOnlyBeAccessedByLayers("Infrastructure", "Web", "Api")
                .whereLayer("Domain")
                .mayOnlyBeAccessedByLayers("Application", "Infrastructure", "Web", "Api")
                // a domain speaks the published values of an application package; that they are its own context's
                // is rule (b)'s to check (domainIsPlain), a pair of class predicates cannot compare contexts
                .ignoreDependency(
                        DescribedPredicate.describe(
                                "a domain class",
                                (JavaClass c) -> c.getPackageName().contains(".domain")),
                        DescribedPredicate.describe(
                                "a published value (enum, record) of an application package",
                                (JavaClass c) -> c.getPackageName().contains(".application")
                                        && (outermost(c).isEnum()
                                                || outermost(c).isRecord())))
                .allowEmptyShould(true);
    }

    /**
     * (e) One calendar: outside {@code OrganisationTime}, {@code Organisation} and the demo data ({@code Demo*}), no
     * class names a zone ({@code ZoneId.of}) or reads the system clock ({@code LocalDate.now}, {@code Instant.now}):
     * time comes from the injected {@code Clock} through {@code OrganisationTime}, in the organisation's zone.
     */
    static ArchRule oneCalendar() {
        DescribedPredicate<JavaCall<?>> clockOrZone =
                DescribedPredicate.describe("ZoneId.of, LocalDate.now or Instant.now", (JavaCall<?> call) -> {
                    String owner = call.getTarget().getOwner().getName();
                    String name = call.getTarget().getName();
                    return owner.equals(ZoneId.class.getName()) && name.equals("of")
                            || (owner.equals(LocalDate.class.getName()) || owner.equals(Instant.class.getName()))
                                    && name.equals("now");
                });
        return noClasses()
                .that(DescribedPredicate.describe(
                        "are not OrganisationTime, Organisation or demo data",
                        (JavaClass c) -> !TIME_OWNERS.contains(outermost(c).getName())
                                && !outermost(c).getSimpleName().startsWith("Demo")))
                .and(resideInAPackage("org.tongxin.."))
                .should()
                .callMethodWhere(clockOrZone)
                .allowEmptyShould(true);
    }

    /** The one class that looks up the JSON-P provider, for everyone (issue 22). */
    static final String JSON_PROVIDER_OWNER = "org.tongxin.platform.kernel.Jsonp";

    /**
     * (f) JSON-P through {@code Jsonp}: outside it no class calls the static factories of {@code jakarta.json.Json}
     * or {@code JsonProvider.provider()}. Each of those looks the provider up again, a {@code ServiceLoader} scan of
     * the EAR's class path on WildFly, which was two thirds of the first start's demo data (docs/performance.md).
     */
    static ArchRule oneJsonProvider() {
        DescribedPredicate<JavaCall<?>> lookup =
                DescribedPredicate.describe("Json.* or JsonProvider.provider", (JavaCall<?> call) -> {
                    String owner = call.getTarget().getOwner().getName();
                    return owner.equals("jakarta.json.Json")
                            || owner.equals("jakarta.json.spi.JsonProvider")
                                    && call.getTarget().getName().equals("provider");
                });
        return noClasses()
                .that(DescribedPredicate.describe(
                        "are not Jsonp",
                        (JavaClass c) -> !outermost(c).getName().equals(JSON_PROVIDER_OWNER)))
                .and(resideInAPackage("org.tongxin.."))
                .should()
                .callMethodWhere(lookup)
                .allowEmptyShould(true);
    }
}
