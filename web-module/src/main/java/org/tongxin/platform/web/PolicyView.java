package org.tongxin.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tongxin.platform.application.SecurityPolicyService;
import org.tongxin.platform.domain.SecurityPolicy;
import org.tongxin.platform.kernel.Problem;

/** platform/policy.xhtml: the security administrator's password and lockout policy. */
@Named
@ViewScoped
public class PolicyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SecurityPolicyService policies;

    private int minLength;
    private boolean requireComposition;
    private int expiryDays;
    private int maxFailures;
    private int lockoutMinutes;
    private List<String> secondFactorRoles;

    @PostConstruct
    void init() {
        SecurityPolicy p = policies.current();
        minLength = p.minLength();
        requireComposition = p.requireComposition();
        expiryDays = p.expiryDays();
        maxFailures = p.maxFailures();
        lockoutMinutes = p.lockoutMinutes();
        secondFactorRoles = new java.util.ArrayList<>(new java.util.TreeSet<>(policies.secondFactorRoles()));
    }

    /** The roles the policy may require a second factor for (the administrators always need one). */
    public List<String> getSecondFactorChoices() {
        return java.util.stream.Stream.concat(
                        org.tongxin.platform.kernel.Role.business().stream(),
                        java.util.stream.Stream.of(org.tongxin.platform.kernel.Role.SERVICE))
                .map(org.tongxin.platform.kernel.Role::code)
                .toList();
    }

    public List<String> getSecondFactorRoles() {
        return secondFactorRoles;
    }

    public void setSecondFactorRoles(List<String> secondFactorRoles) {
        this.secondFactorRoles = secondFactorRoles;
    }

    public void save() {
        try {
            policies.update(new SecurityPolicy(minLength, requireComposition, expiryDays, maxFailures, lockoutMinutes));
            policies.requireSecondFactorFor(
                    new java.util.HashSet<>(secondFactorRoles == null ? List.of() : secondFactorRoles));
            Pages.info("policy.saved");
        } catch (Problem p) {
            Pages.problem(p);
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    public int getMinLength() {
        return minLength;
    }

    public void setMinLength(int minLength) {
        this.minLength = minLength;
    }

    public boolean isRequireComposition() {
        return requireComposition;
    }

    public void setRequireComposition(boolean requireComposition) {
        this.requireComposition = requireComposition;
    }

    public int getExpiryDays() {
        return expiryDays;
    }

    public void setExpiryDays(int expiryDays) {
        this.expiryDays = expiryDays;
    }

    public int getMaxFailures() {
        return maxFailures;
    }

    public void setMaxFailures(int maxFailures) {
        this.maxFailures = maxFailures;
    }

    public int getLockoutMinutes() {
        return lockoutMinutes;
    }

    public void setLockoutMinutes(int lockoutMinutes) {
        this.lockoutMinutes = lockoutMinutes;
    }
}
