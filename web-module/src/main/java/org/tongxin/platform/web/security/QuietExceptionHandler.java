package org.tongxin.platform.web.security;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps exception classes and messages out of the answers of pages. Faces (and PrimeFaces' handler,
 * which this one decorates) would write the class and message of an exception of an ajax request into
 * the partial response ({@code <error-name>}, {@code <error-message>}, the arguments of an
 * {@code onexception} script). Here an unexpected exception of an ajax request is logged with a
 * correlation id and answered with a redirect to the error page, which says nothing but that something
 * went wrong and the id; a full-page request goes the usual way to the container's error page (web.xml),
 * which shows the same generic page. An expired view of an ajax request is redirected to the expired-view
 * error page ({@code /expired}, {@link ExpiredViewServlet}), which sends the person to the login page as
 * before; PrimeFaces would otherwise name the exception in its {@code onexception} call.
 */
public class QuietExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(QuietExceptionHandler.class.getName());

    public QuietExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null
                && faces.getPartialViewContext() != null
                && faces.getPartialViewContext().isAjaxRequest()) {
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            boolean answered = false;
            while (events.hasNext()) {
                Throwable error = events.next().getContext().getException();
                events.remove();
                if (expired(error)) {
                    // as before: the expired-view error page (/expired) sends the person to the login page
                    if (!answered) {
                        redirect(faces, "/expired");
                        answered = true;
                    }
                    continue;
                }
                String ref = reference();
                LOG.log(Level.SEVERE, "unexpected error in an ajax request, ref " + ref, error);
                if (!answered) {
                    redirect(faces, "/error.xhtml?ref=" + ref);
                    answered = true;
                }
            }
        }
        getWrapped().handle();
    }

    private static boolean expired(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    /** A short id for the log line and the page, so that the office can find the detail. */
    static String reference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Answers the ajax request with a redirect ({@code <partial-response><redirect url=…/>}) within the
     * application. Written straight to the emptied response and closed, not through Faces' partial
     * response writer: an exception in the middle of rendering leaves that writer with half a tag and
     * open elements, which it would otherwise write around the redirect.
     */
    private static void redirect(FacesContext faces, String path) {
        ExternalContext external = faces.getExternalContext();
        String url = external.getRequestContextPath() + path;
        try {
            if (!external.isResponseCommitted()) {
                external.responseReset();
                external.setResponseContentType("text/xml");
                external.setResponseCharacterEncoding("UTF-8");
                external.setResponseHeader("Cache-Control", "no-cache");
                java.io.Writer out = external.getResponseOutputWriter();
                out.write("<?xml version='1.0' encoding='UTF-8'?>\n<partial-response><redirect url=\""
                        + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                        + "\"></redirect></partial-response>");
                out.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not answer an ajax error with a redirect to " + path, e);
        }
        faces.responseComplete();
    }
}
