package org.tongxin.studyhall.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.tongxin.platform.web.Pages;
import org.tongxin.studyhall.application.ActivityService;
import org.tongxin.studyhall.application.RegistrationRow;

/** The phone-sized check-in page the activity's QR code opens (after login when needed). */
@Named
@ViewScoped
public class CheckinPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ActivityService activities;

    private String code;
    private RegistrationRow done;

    public void checkIn() {
        Pages.attempt(
                () -> {
                    done = activities.checkIn(code);
                    Pages.info("checkin.done", done.memberName());
                },
                Map.of("code", "checkinForm:code"));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public RegistrationRow getDone() {
        return done;
    }
}
