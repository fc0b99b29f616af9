package org.tongxin.platform.web.security;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import org.tongxin.platform.web.Pages;

/**
 * A page whose bean calls a service that refuses the person's roles answers 403 with the friendly error
 * page (the error servlet audits it as ACCESS_DENIED), never 500 with a trace; in an ajax request the page
 * shows the refusal as a message. Decorates the PrimeFaces handler, which keeps every other exception.
 */
public class ForbiddenExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ForbiddenExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                EJBAccessException refused = refusal(events.next().getContext().getException());
                if (refused == null) {
                    continue;
                }
                events.remove();
                FacesContext faces = FacesContext.getCurrentInstance();
                boolean inPage = faces.getViewRoot() != null;
                if (inPage
                        && (faces.getPartialViewContext().isAjaxRequest()
                                || faces.getExternalContext().isResponseCommitted())) {
                    Pages.forbidden(refused);
                    continue;
                }
                try {
                    faces.getExternalContext().responseReset();
                    faces.getExternalContext().responseSendError(403, null);
                    faces.responseComplete();
                } catch (IOException | IllegalStateException e) {
                    Pages.forbidden(refused);
                }
            }
            getWrapped().handle();
        }

        private static EJBAccessException refusal(Throwable error) {
            for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof EJBAccessException e) {
                    return e;
                }
            }
            return null;
        }
    }
}
