package org.tongxin.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import org.tongxin.platform.application.AuditService;
import org.tongxin.platform.kernel.Problem;

/** Messages for pages, in the page's language: texts from the bundles, problems from the services. */
public final class Pages {

    private Pages() {}

    /**
     * The text of a key in the person's language: the session's choice, which the view root only takes
     * on when the page is rendered (a view action runs before that).
     */
    public static String text(String key, Object... args) {
        return Texts.get(locale(), key, args);
    }

    private static final String LOCALE = Pages.class.getName() + ".locale";

    /**
     * The session's language, looked up once per request. Not through {@code CDI.current()}: WildFly's
     * implementation walks the thread's stack to find its caller, and a table calling this for every row
     * spent a tenth of the report list page's time there (measured with JFR, docs/performance.md).
     */
    static java.util.Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return Texts.CHINESE;
        }
        Object known = faces.getAttributes().get(LOCALE);
        if (known instanceof java.util.Locale l) {
            return l;
        }
        java.util.Locale locale;
        try {
            LanguageBean lang = faces.getApplication().evaluateExpressionGet(faces, "#{lang}", LanguageBean.class);
            locale = lang != null ? lang.getLocale() : faces.getViewRoot().getLocale();
        } catch (RuntimeException e) {
            locale = faces.getViewRoot() == null
                    ? Texts.CHINESE
                    : faces.getViewRoot().getLocale();
        }
        faces.getAttributes().put(LOCALE, locale);
        return locale;
    }

    public static void info(String key, Object... args) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    /** Shows a refusal of a service; field problems go next to their input when the page names it. */
    public static void problem(Problem problem, Map<String, String> fieldClientIds) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String summary = text(problem.messageKey(), problem.args());
        String clientId = problem.fieldKeys().keySet().stream()
                .map(fieldClientIds::get)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
        faces.validationFailed();
    }

    public static void problem(Problem problem) {
        problem(problem, Map.of());
    }

    /** A role check of a service refused the person: the page says so and the audit trail records it. */
    public static void forbidden(EJBAccessException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        jakarta.enterprise
                .inject
                .spi
                .CDI
                .current()
                .select(AuditService.class)
                .get()
                .recordSecurityEvent(
                        "ACCESS_DENIED",
                        faces.getExternalContext().getRemoteUser(),
                        org.tongxin.platform.kernel.Jsonp.createObjectBuilder()
                                .add("view", faces.getViewRoot().getViewId())
                                .build()
                                .toString());
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("problem.forbidden"), null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * The application's public address ({@code TONGXIN_PUBLIC_URL}), for links people copy or scan; never
     * the address of the request, whose Host header the client chooses.
     */
    public static String baseUrl() {
        return org.tongxin.platform.application.PublicAddress.base();
    }

    /** True when the person reads the pages in English. */
    public static boolean english() {
        return java.util.Locale.ENGLISH.equals(locale());
    }

    /** An action of a page that may be refused. */
    @FunctionalInterface
    public interface Action {
        void run();
    }

    /**
     * Runs a page's action; a refusal of the service is shown (field problems next to their input) and
     * answers false, so that the page's many actions need no try/catch of their own.
     */
    public static boolean attempt(Action action, Map<String, String> fieldClientIds) {
        try {
            action.run();
            return true;
        } catch (Problem p) {
            problem(p, fieldClientIds);
        } catch (EJBAccessException e) {
            forbidden(e);
        }
        return false;
    }

    public static boolean attempt(Action action) {
        return attempt(action, Map.of());
    }
}
