package org.tongxin.committee.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.tongxin.committee.application.MemberSummary;
import org.tongxin.committee.application.RosterService;
import org.tongxin.platform.kernel.Problem;

/** A member chosen in an auto-complete travels as its id and comes back as the member the caller may see. */
@FacesConverter("memberSummaryConverter")
public class MemberSummaryConverter implements Converter<MemberSummary> {

    @Override
    public MemberSummary getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // looked up per call, so it works whether or not the Faces implementation injects into converters
            return CDI.current()
                    .select(RosterService.class)
                    .get()
                    .member(Long.parseLong(value))
                    .member();
        } catch (NumberFormatException | Problem e) {
            throw new ConverterException(e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, MemberSummary value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
