package org.tongxin.platform.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tongxin.platform.application.SecondFactorService;
import org.tongxin.platform.kernel.Problem;

/**
 * second-factor.xhtml: the caller's second factor. Enrolment shows a secret as a QR code and as text, takes
 * a first code to confirm it, then shows the ten recovery codes once. Reached from the account menu, and
 * the only page (after the password change) of an account that must enrol ({@code SecondFactorGate}).
 */
@Named
@ViewScoped
public class SecondFactorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SecondFactorService secondFactor;

    private SecondFactorService.Status status;
    private SecondFactorService.Offer offer;
    private String qr;
    private String code;
    private List<String> recoveryCodes;

    public SecondFactorService.Status getStatus() {
        if (status == null) {
            status = secondFactor.mine();
        }
        return status;
    }

    public void start() {
        try {
            offer = secondFactor.offer();
            qr = QrSvg.of(offer.uri());
        } catch (Problem p) {
            Pages.problem(p);
        }
    }

    public void confirm() {
        try {
            recoveryCodes = secondFactor.confirm(code);
            offer = null;
            qr = null;
            status = null;
            Pages.info("second-factor.enrolled");
        } catch (Problem p) {
            Pages.problem(p, java.util.Map.of("code", "enrol:code"));
        }
        code = null;
    }

    /** The secret in groups of four, easier to type into an app by hand. */
    public String getSecretGrouped() {
        return offer == null ? null : offer.secret().replaceAll("(.{4})(?!$)", "$1 ");
    }

    public SecondFactorService.Offer getOffer() {
        return offer;
    }

    public String getQr() {
        return qr;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }
}
