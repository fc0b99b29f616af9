package org.tongxin.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/** The language of the pages: 简体中文 by default, English on request, kept for the session. */
@Named("lang")
@SessionScoped
public class LanguageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Texts.CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public String getTag() {
        return locale.toLanguageTag();
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.equals(locale);
    }

    /** Switches the language and shows the same page again (a POST, then a redirect). */
    public void use(String language) throws IOException {
        locale = "en".equals(language) ? Locale.ENGLISH : Texts.CHINESE;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        faces.getAttributes().remove(Pages.class.getName() + ".locale");
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String query = request.getQueryString();
        external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
