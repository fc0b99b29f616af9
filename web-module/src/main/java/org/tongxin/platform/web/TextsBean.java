package org.tongxin.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Bundle texts with arguments for the pages, where a plain {@code #{ir['key']}} cannot fill a
 * placeholder: a confirmation naming its object, e.g.
 * {@code <p:confirm message="#{txt.format('confirm.report.ADOPT', r.title())}"/>}. In the person's
 * language.
 */
@Named("txt")
@ApplicationScoped
public class TextsBean {

    public String format(String key, Object argument) {
        return Pages.text(key, argument);
    }

    public String format2(String key, Object first, Object second) {
        return Pages.text(key, first, second);
    }
}
