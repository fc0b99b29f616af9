package org.tongxin.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.tongxin.platform.kernel.PlainText;

/**
 * A default validator of every input of every page (faces-config.xml): text with control characters is
 * refused, and a one-line input (every input but text areas and editors: titles, names, searches) also
 * refuses line breaks and the bidirectional override characters ({@link PlainText}). The message is in
 * the person's language, next to the input.
 */
public class PlainTextValidator implements Validator<Object> {

    public static final String ID = "tongxin.PlainText";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (!(value instanceof String text)) {
            return;
        }
        String key = PlainText.problem(text, !multiLine(component));
        if (key != null) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, Pages.text(key), null));
        }
    }

    /** Text areas and rich editors take several lines; everything else is one line. */
    static boolean multiLine(UIComponent component) {
        String type = component.getClass().getSimpleName() + " " + component.getRendererType();
        return type.contains("Textarea") || type.contains("TextEditor") || type.contains("TextArea");
    }
}
