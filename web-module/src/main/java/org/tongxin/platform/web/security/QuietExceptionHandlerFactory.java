package org.tongxin.platform.web.security;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link QuietExceptionHandler} around the handler of the factory it decorates (PrimeFaces'). */
public class QuietExceptionHandlerFactory extends ExceptionHandlerFactory {

    public QuietExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new QuietExceptionHandler(getWrapped().getExceptionHandler());
    }
}
