package org.tongxin.platform.kernel;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The roles of the platform. The code is what security annotations, the API and the database use.
 * The last three are the separate administrators of the graded-protection standard (等级保护):
 * no account holds two of them.
 */
public enum Role {
    MEMBER(Role.MEMBER_CODE, false),
    OFFICE_STAFF(Role.OFFICE_STAFF_CODE, false),
    INFO_EDITOR(Role.INFO_EDITOR_CODE, false),
    HALL_KEEPER(Role.HALL_KEEPER_CODE, false),
    LEADER(Role.LEADER_CODE, false),
    /**
     * A handling unit (承办单位) of proposals: a government department's login, linked to one department of the
     * organisation's registry; it sees only the proposals assigned to its department.
     */
    HANDLING_UNIT(Role.HANDLING_UNIT_CODE, false),
    /** Another deployment of the platform calling this one (forwarding reports): no person signs in with it. */
    SERVICE(Role.SERVICE_CODE, false),
    /**
     * Another Jakarta EE system of the office (a meeting system, an OA system) reading the member directory through the
     * remote EJB facade {@code MemberDirectoryRemote}: no person signs in with it (docs/integration.md).
     */
    REMOTE_DIRECTORY(Role.REMOTE_DIRECTORY_CODE, false),
    /** Another system reading members' duty records and crediting duty entries ({@code DutyLedgerRemote}). */
    REMOTE_DUTY(Role.REMOTE_DUTY_CODE, false),
    /** Another system submitting information reports on behalf of members ({@code ReportIntakeRemote}). */
    REMOTE_REPORTS(Role.REMOTE_REPORTS_CODE, false),
    /**
     * Another system subscribing to the integration events (the topic {@code tongxin.events} of the embedded broker,
     * durable subscriptions over TCP included).
     */
    REMOTE_EVENTS(Role.REMOTE_EVENTS_CODE, false),
    SYS_ADMIN(Role.SYS_ADMIN_CODE, true),
    SECURITY_ADMIN(Role.SECURITY_ADMIN_CODE, true),
    AUDIT_ADMIN(Role.AUDIT_ADMIN_CODE, true);

    public static final String MEMBER_CODE = "member";
    public static final String OFFICE_STAFF_CODE = "office-staff";
    public static final String INFO_EDITOR_CODE = "info-editor";
    public static final String HALL_KEEPER_CODE = "hall-keeper";
    public static final String LEADER_CODE = "leader";
    public static final String HANDLING_UNIT_CODE = "handling-unit";
    public static final String SERVICE_CODE = "service";
    public static final String REMOTE_DIRECTORY_CODE = "remote-directory";
    public static final String REMOTE_DUTY_CODE = "remote-duty";
    public static final String REMOTE_REPORTS_CODE = "remote-reports";
    public static final String REMOTE_EVENTS_CODE = "remote-events";
    public static final String SYS_ADMIN_CODE = "sys-admin";
    public static final String SECURITY_ADMIN_CODE = "security-admin";
    public static final String AUDIT_ADMIN_CODE = "audit-admin";

    private final String code;
    private final boolean administrator;

    Role(String code, boolean administrator) {
        this.code = code;
        this.administrator = administrator;
    }

    public String code() {
        return code;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    /** Roles whose holders see the organisations below their own, not only their own. */
    public boolean seesSubtree() {
        return this != MEMBER && this != HALL_KEEPER && this != HANDLING_UNIT;
    }

    public static Optional<Role> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    /**
     * The roles of systems rather than people (service accounts): another deployment ({@link #SERVICE}) and the
     * office's other Jakarta EE systems calling the remote EJB facades. A directory never grants them.
     */
    public static Set<Role> systems() {
        return EnumSet.of(SERVICE, REMOTE_DIRECTORY, REMOTE_DUTY, REMOTE_REPORTS, REMOTE_EVENTS);
    }

    public boolean isSystem() {
        return systems().contains(this);
    }

    public static Set<Role> business() {
        return EnumSet.of(MEMBER, OFFICE_STAFF, INFO_EDITOR, HALL_KEEPER, LEADER);
    }
}
