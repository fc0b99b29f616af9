package org.tongxin.platform.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.tongxin.platform.application.SecondFactorService;
import org.tongxin.platform.application.SecretSeal;
import org.tongxin.platform.domain.Account;
import org.tongxin.platform.domain.AccountRepository;
import org.tongxin.platform.domain.Organisation;
import org.tongxin.platform.domain.OrganisationRepository;
import org.tongxin.platform.domain.PasswordHasher;
import org.tongxin.platform.kernel.Role;

/**
 * The demo organisations and logins, in the shape of the seed (Shanxi: Datong is the demo city).
 * All demo logins share the password {@value #PASSWORD}; they exist only when demo data is loaded.
 */
@ApplicationScoped
public class DemoData {

    public static final String PASSWORD = "Tongxin-Demo-2026";
    public static final int DEMO_MEMBERS = 20;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    /** What the demo load created: organisation ids by code, account ids by login name. */
    public record Loaded(Map<String, Long> organisationIds, Map<String, Long> accountIds) {}

    private final Map<String, Long> organisationIds = new LinkedHashMap<>();
    private final Map<String, Long> accountIds = new LinkedHashMap<>();

    Loaded load() {
        organisationIds.clear();
        accountIds.clear();
        Instant now = clock.instant();
        Organisation province = Organisation.root("SX", "山西省政协", now);
        organisations.add(province);
        organisationIds.put(province.code(), province.id());
        Organisation datong = child(province, "SX-DT", "大同市政协", now);
        Organisation pingcheng = child(datong, "SX-DT-PC", "平城区政协", now);
        child(datong, "SX-DT-YG", "云冈区政协", now);
        Organisation changzhi = child(province, "SX-CZ", "长治市政协", now);
        Organisation luzhou = child(changzhi, "SX-CZ-LZ", "潞州区政协", now);
        child(changzhi, "SX-CZ-XY", "襄垣县政协", now);
        Organisation jincheng = child(province, "SX-JC", "晋城市政协", now);
        child(jincheng, "SX-JC-CQ", "城区政协", now);
        Organisation taiyuan = child(province, "SX-TY", "太原市政协", now);
        child(taiyuan, "SX-TY-YZ", "迎泽区政协", now);

        // one hash for all demo logins: hashing is deliberately slow, and these share a published password
        String hash = new PasswordHasher().hash(PASSWORD);
        account("admin", "系统管理员", province, Role.SYS_ADMIN, hash, now);
        account("security", "安全管理员", province, Role.SECURITY_ADMIN, hash, now);
        account("auditor", "安全审计员", province, Role.AUDIT_ADMIN, hash, now);
        account("office", "王秀兰（机关）", datong, Role.OFFICE_STAFF, hash, now);
        account("editor", "李建国（信息处）", datong, Role.INFO_EDITOR, hash, now);
        account("keeper", "赵丽华（书院）", datong, Role.HALL_KEEPER, hash, now);
        account("leader", "张德明（主席）", datong, Role.LEADER, hash, now);
        account("editor-sx", "赵建平（省政协信息处）", province, Role.INFO_EDITOR, hash, now);
        account("editor-pc", "孙立华（平城区政协）", pingcheng, Role.INFO_EDITOR, hash, now);
        // a district's office, for the consultation plans of the organisations below the city (docs/consultation.md)
        account("office-pc", "周海燕（平城区政协机关）", pingcheng, Role.OFFICE_STAFF, hash, now);
        // a Changzhi district's office, for grassroots consultation ("five parties, six steps", docs/consultation.md)
        account("office-lz", "韩晓梅（潞州区政协机关）", luzhou, Role.OFFICE_STAFF, hash, now);
        // proposals (issue 18, docs/proposals.md): the proposal committee's office, and two handling units of the city
        // (government departments' logins; DemoProposals links them to their departments)
        account("proposals", "刘文静（提案委员会办公室）", datong, Role.OFFICE_STAFF, hash, now);
        account("unit1", "大同市发展和改革委员会（承办单位）", datong, Role.HANDLING_UNIT, hash, now);
        account("unit2", "大同市农业农村局（承办单位）", datong, Role.HANDLING_UNIT, hash, now);
        // the service account other deployments forward reports with (POST /api/v1/inbound/reports)
        account("peer", "对接账号（其他部署）", province, Role.SERVICE, hash, now);
        // the office's other Jakarta EE systems calling the remote EJB facades (issue 19, docs/integration.md): a
        // meeting system that reads the roster and credits attendance, and an OA system that files members' reports
        account("meetings", "会议系统（对接账号）", datong, Set.of(Role.REMOTE_DIRECTORY, Role.REMOTE_DUTY), hash, now);
        account("oa", "办公系统（对接账号）", datong, Set.of(Role.REMOTE_REPORTS), hash, now);
        // a statistics portal subscribing to the integration events (topic tongxin.events, docs/integration.md)
        account("portal", "统计门户（对接账号）", datong, Set.of(Role.REMOTE_EVENTS), hash, now);
        String[] names = MEMBER_NAMES.toArray(String[]::new);
        for (int i = 0; i < DEMO_MEMBERS; i++) {
            account("member" + (i + 1), names[i], datong, Role.MEMBER, hash, now);
        }
        return new Loaded(Map.copyOf(organisationIds), Map.copyOf(accountIds));
    }

    /** The published TOTP secret (Base32) of the demo administrators: {@code oathtool --totp -b …}. */
    public static final String DEMO_TOTP_SECRET = "TONGXINDEMOADMINTOTP7777";

    /** The display names of the demo members' logins member1 … member20, in order. */
    public static final java.util.List<String> MEMBER_NAMES = java.util.List.of(
            "张伟明", "曾晓燕", "单国庆", "区志强", "刘芳", "陈立新", "杨红梅", "黄海涛", "周建华", "吴丽娟", "徐志远", "孙丽", "马俊", "朱文博", "胡静", "郭晓东",
            "何雪", "高峰", "林小红", "罗军");

    String banner() {
        return "\n=== Tongxin demo data loaded. Logins (password " + PASSWORD + "): admin (sys-admin), security"
                + " (security-admin), auditor (audit-admin), office, editor, keeper, leader, editor-sx, editor-pc, proposals, unit1, unit2 (handling-unit), peer (service),"
                + " meetings (remote-directory, remote-duty), oa (remote-reports), portal (remote-events),"
                + " member1 … member"
                + DEMO_MEMBERS + "; administrators' second factor: oathtool --totp -b " + DEMO_TOTP_SECRET + " ===";
    }

    private Organisation child(Organisation parent, String code, String name, Instant now) {
        Organisation o = parent.addChild(code, name, now);
        organisations.add(o);
        organisationIds.put(o.code(), o.id());
        return o;
    }

    private void account(String username, String name, Organisation org, Role role, String hash, Instant now) {
        account(username, name, org, Set.of(role), hash, now);
    }

    private void account(String username, String name, Organisation org, Set<Role> roles, String hash, Instant now) {
        Role role = roles.iterator().next();
        Account a = new Account(username, name, org, hash, now);
        a.assignRoles(roles);
        a.credentialSetByInstaller(); // a published demo password, set by the installation, not by an administrator
        if (role.isAdministrator()) {
            // the demo administrators share one published TOTP secret (README), no recovery codes
            a.enrolSecondFactor(
                    SecretSeal.node().seal(DEMO_TOTP_SECRET, SecondFactorService.SECRET_PURPOSE),
                    0,
                    java.util.List.of(),
                    now);
        }
        accounts.add(a);
        accountIds.put(a.username(), a.id());
    }
}
