package org.tongxin.consultation.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.tongxin.consultation.application.ConsultationActivityDetails;
import org.tongxin.consultation.application.ConsultationActivityService;
import org.tongxin.platform.web.Pages;

/** consultation/checkin.xhtml?c=: the phone-sized page a consultation's QR code opens; the member checks in. */
@Named("csCheckinPage")
@ViewScoped
public class CheckinView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ConsultationActivityService service;

    private String code;
    private ConsultationActivityDetails done;

    public void checkIn() {
        Pages.attempt(
                () -> {
                    done = service.checkIn(code);
                    Pages.info("csa.checkin.done", done.topic());
                },
                Map.of("code", "checkinForm:code"));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ConsultationActivityDetails getDone() {
        return done;
    }
}
