package org.tongxin.platform.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.NaturalIdCache;
import org.tongxin.platform.kernel.OrganisationOwned;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;
import org.tongxin.platform.kernel.VisibleOrganisations;

/**
 * A local login of one person in one organisation: password hash, lockout state and roles.
 * Business roles are a set; the administrator role (at most one) is a column of its own, so the
 * database itself refuses an account with two of the three administrators' roles.
 */
@Entity
@Table(name = "pf_account")
@Cacheable // read on every signed-in request (by its natural id); every change goes through JPA, which invalidates it
@NaturalIdCache
public class Account implements OrganisationOwned {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pf_account_seq")
    @SequenceGenerator(name = "pf_account_seq", sequenceName = "pf_account_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @NaturalId
    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Convert(converter = RoleConverter.class)
    @Column(name = "admin_role", length = 20)
    private Role adminRole;

    @ElementCollection(fetch = FetchType.EAGER)
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "pf_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Convert(converter = RoleConverter.class)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> businessRoles = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Advances with every change of the password: a session signed in under an older stamp is over. */
    @Column(name = "credentials_stamp", nullable = false)
    private long credentialsStamp;

    /** True when one administrator alone may know the current password (see {@link #assignRoles}). */
    @Column(name = "credential_admin_known", nullable = false)
    private boolean credentialAdminKnown = true;

    /** The TOTP secret, sealed by the application (never stored in the clear); null: no second factor. */
    @Column(name = "totp_secret", length = 200)
    private String totpSecret;

    /** The last time step whose code was accepted: codes of that step and earlier ones are refused. */
    @Column(name = "totp_last_step", nullable = false)
    private long totpLastStep;

    @Column(name = "totp_enrolled_at")
    private Instant totpEnrolledAt;

    /** A secret shown for enrolment and not yet confirmed by a first code (sealed). */
    @Column(name = "totp_pending_secret", length = 200)
    private String totpPendingSecret;

    /** Space-separated SHA-256 hashes of the unused recovery codes. */
    @Column(name = "recovery_hashes", length = 1000)
    private String recoveryHashes;

    /** A wrong code since the last complete login: a right password alone does not clear the failure count then. */
    @Column(name = "second_factor_failed", nullable = false)
    private boolean secondFactorFailed;

    /** Who asked for the reset of this (security administrator's) second factor, awaiting a second administrator. */
    @Column(name = "second_factor_reset_by", length = 64)
    private String secondFactorResetBy;

    /** Where the person proves who they are: a local password, a directory, an identity provider. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AccountSource source = AccountSource.LOCAL;

    /** The person's stable name at the source (a directory DN or entryUUID, a provider's subject); null when local. */
    @Column(name = "external_subject", length = 500)
    private String externalSubject;

    /** The government department (pf_department) a handling unit's login acts for; null for every other login. */
    @Column(name = "department_id")
    private Long departmentId;

    protected Account() {}

    public Account(String username, String displayName, Organisation organisation, String passwordHash, Instant now) {
        this.username = checkUsername(username);
        this.displayName = checkDisplayName(displayName);
        this.organisation = Objects.requireNonNull(organisation);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.passwordChangedAt = now;
        this.enabled = true;
        this.createdAt = now;
    }

    /**
     * An account that a directory or an identity provider vouches for: it has no local password (the
     * stored hash is of a secret nobody keeps), it never has to change one, and no administrator ever
     * knew its credential.
     */
    public static Account external(
            AccountSource source,
            String subject,
            String username,
            String displayName,
            Organisation organisation,
            String unusableHash,
            Instant now) {
        if (source == AccountSource.LOCAL) {
            throw new IllegalArgumentException("an external account comes from a directory or a provider");
        }
        Account account = new Account(username, displayName, organisation, unusableHash, now);
        account.source = source;
        account.externalSubject = Objects.requireNonNull(subject);
        account.credentialAdminKnown = false;
        return account;
    }

    /**
     * What the source says at a login: the name, the organisation and the business roles are the
     * source's; an administrator role, which only the security administrator grants, is kept and
     * then no business role is added beside it (duties stay separate).
     *
     * @return true when the roles changed
     */
    public boolean refreshFromSource(String newDisplayName, Organisation newOrganisation, Set<Role> sourceRoles) {
        this.displayName = checkDisplayName(newDisplayName);
        this.organisation = Objects.requireNonNull(newOrganisation);
        if (adminRole != null) {
            return false;
        }
        Set<Role> business = EnumSet.noneOf(Role.class);
        sourceRoles.stream().filter(r -> !r.isAdministrator()).forEach(business::add);
        if (business.equals(businessRoles)) {
            return false;
        }
        businessRoles.clear();
        businessRoles.addAll(business);
        return true;
    }

    public AccountSource source() {
        return source;
    }

    public boolean isExternal() {
        return source != AccountSource.LOCAL;
    }

    public String externalSubject() {
        return externalSubject;
    }

    public static String normaliseUsername(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    // --- login ------------------------------------------------------------------------------

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** One more wrong password; at the policy's limit the account locks for the lockout period. */
    public void recordFailedLogin(Instant now, SecurityPolicy policy) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            // an expired lock starts a fresh count
            lockedUntil = null;
            failedLogins = 0;
        }
        failedLogins++;
        if (failedLogins >= policy.maxFailures()) {
            lockedUntil = now.plus(policy.lockout());
        }
    }

    /**
     * Clears the failure count. The last-login time is kept to the minute, so that API clients that
     * authenticate on every request do not rewrite the row each time.
     */
    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        secondFactorFailed = false;
        lockedUntil = null;
        if (lastLoginAt == null || lastLoginAt.isBefore(now.minusSeconds(60))) {
            lastLoginAt = now;
        }
    }

    /** Lifts a lockout before its time (an administrator's act). */
    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    // --- password ---------------------------------------------------------------------------

    /**
     * The person chose a new password. Whoever could know the old one could have made the change, so
     * whether an administrator may know the password carries over from the old one.
     */
    public void changePassword(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangedAt = now;
        this.mustChangePassword = false;
        this.credentialsStamp++;
    }

    /**
     * One administrator set a password the person did not choose (a new account, a reset): the
     * person must change it at next login, and that administrator knows it.
     */
    public void resetPassword(String newHash, Instant now) {
        changePassword(newHash, now);
        this.mustChangePassword = true;
        this.credentialAdminKnown = true;
        unlock();
    }

    /**
     * A one-time password made of two halves held by two administrators (a dual-controlled reset): no
     * administrator alone knows it; the person must change it at next login.
     */
    public void resetPasswordUnderDualControl(String newHash, Instant now) {
        changePassword(newHash, now);
        this.mustChangePassword = true;
        this.credentialAdminKnown = false;
        unlock();
    }

    /** The password was set up by the installation (demo data, the first administrator), not by an administrator. */
    public void credentialSetByInstaller() {
        this.credentialAdminKnown = false;
    }

    /** Upgrades the stored hash to the current cost without counting as a password change. */
    public void rehash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    // --- second factor ---------------------------------------------------------------------

    /**
     * Enrols a TOTP secret (sealed by the caller) whose first code, of {@code step}, the person has just
     * typed, with the hashes of fresh recovery codes. Replaces a previous enrolment.
     */
    public void enrolSecondFactor(
            String sealedSecret, long step, java.util.List<String> recoveryCodeHashes, Instant now) {
        this.totpSecret = Objects.requireNonNull(sealedSecret);
        this.totpPendingSecret = null;
        this.totpLastStep = Math.max(step, totpLastStep);
        this.totpEnrolledAt = now;
        this.recoveryHashes = String.join(" ", recoveryCodeHashes);
        this.secondFactorResetBy = null;
    }

    /** Keeps a secret just shown to the person until a first code confirms it. */
    public void offerSecondFactor(String sealedSecret) {
        this.totpPendingSecret = Objects.requireNonNull(sealedSecret);
    }

    public String sealedPendingTotpSecret() {
        return totpPendingSecret;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    public String sealedTotpSecret() {
        return totpSecret;
    }

    public long totpLastStep() {
        return totpLastStep;
    }

    public Instant totpEnrolledAt() {
        return totpEnrolledAt;
    }

    /** A code of {@code step} was accepted: it and every earlier step are used up. */
    public void acceptTotpStep(long step) {
        if (step <= totpLastStep) {
            throw new IllegalArgumentException("step already used");
        }
        this.totpLastStep = step;
    }

    /** A wrong second-factor code: one more failure toward the lockout, kept past a right password. */
    public void recordFailedCode(Instant now, SecurityPolicy policy) {
        recordFailedLogin(now, policy);
        secondFactorFailed = true;
    }

    /**
     * The right password of an account with a second factor: it clears the failure count of wrong
     * passwords, but not once a code has failed since the last complete login (the code completes it), so
     * that wrong codes between right passwords still add up to the lockout.
     */
    public void recordRightPassword(Instant now) {
        if (!secondFactorFailed) {
            recordSuccessfulLogin(now);
        }
    }

    /** Uses up the recovery code with this hash; false when there is none (wrong, or used before). */
    public boolean useRecoveryCode(String hash) {
        if (recoveryHashes == null || recoveryHashes.isEmpty()) {
            return false;
        }
        java.util.List<String> left = new java.util.ArrayList<>(java.util.List.of(recoveryHashes.split(" ")));
        boolean found = false;
        for (java.util.Iterator<String> it = left.iterator(); it.hasNext(); ) {
            if (java.security.MessageDigest.isEqual(
                    it.next().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    hash.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
                it.remove();
                found = true;
                break;
            }
        }
        this.recoveryHashes = String.join(" ", left);
        return found;
    }

    public int recoveryCodesLeft() {
        return recoveryHashes == null || recoveryHashes.isEmpty() ? 0 : recoveryHashes.split(" ").length;
    }

    /**
     * Removes the second factor (a lost device): the person enrols again at the next login. Sessions and
     * API tokens made with the old one end (the credentials stamp advances).
     */
    public void resetSecondFactor() {
        this.totpSecret = null;
        this.totpPendingSecret = null;
        this.totpEnrolledAt = null;
        this.recoveryHashes = null;
        this.secondFactorResetBy = null;
        this.credentialsStamp++;
    }

    public String secondFactorResetBy() {
        return secondFactorResetBy;
    }

    /** The first of two administrators asks for the reset (of a security administrator's second factor). */
    public void requestSecondFactorReset(String by) {
        this.secondFactorResetBy = Objects.requireNonNull(by);
    }

    // --- state and roles -------------------------------------------------------------------

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public void rename(String newDisplayName) {
        this.displayName = checkDisplayName(newDisplayName);
    }

    /**
     * Replaces the account's roles. At most one administrator role; an administrator holds no
     * business role either, so that duties stay separate. Granting an administrator role to an
     * account whose password one administrator alone may know (it was set at creation or by a single
     * reset, or changed from such a one) revokes that password, with {@code revokedHash} (a hash of
     * a secret nobody keeps): the account opens again only through a dual-controlled reset, so that no
     * administrator can open an account, have it made an administrator and sign in as it.
     *
     * @return true when the password was revoked
     */
    public boolean assignRoles(Set<Role> roles, java.util.function.Supplier<String> revokedHash, Instant now) {
        assignRoles(roles);
        if (adminRole != null && credentialAdminKnown) {
            this.passwordHash = Objects.requireNonNull(revokedHash.get());
            this.passwordChangedAt = now;
            this.mustChangePassword = true;
            this.credentialsStamp++;
            return true;
        }
        return false;
    }

    /** Replaces the roles without looking at the password: for the installation's own accounts. */
    public void assignRoles(Set<Role> roles) {
        Set<Role> admins = EnumSet.noneOf(Role.class);
        Set<Role> business = EnumSet.noneOf(Role.class);
        for (Role r : roles) {
            (r.isAdministrator() ? admins : business).add(r);
        }
        if (admins.size() > 1) {
            throw Problem.field("roles", "separation-of-duties", "problem.account.two-admin-roles");
        }
        if (!admins.isEmpty() && !business.isEmpty()) {
            throw Problem.field("roles", "separation-of-duties", "problem.account.admin-and-business");
        }
        this.adminRole = admins.isEmpty() ? null : admins.iterator().next();
        this.businessRoles.clear();
        this.businessRoles.addAll(business);
    }

    public Set<Role> roles() {
        Set<Role> all = EnumSet.noneOf(Role.class);
        all.addAll(businessRoles);
        if (adminRole != null) {
            all.add(adminRole);
        }
        return Collections.unmodifiableSet(all);
    }

    /** The organisations this account may see: its own, and those below where one of its roles allows. */
    public VisibleOrganisations visible() {
        return VisibleOrganisations.of(organisation.id(), organisation.path(), roles());
    }

    public boolean hasRole(Role role) {
        return role == adminRole || businessRoles.contains(role);
    }

    private static String checkUsername(String username) {
        String u = normaliseUsername(username);
        if (!USERNAME.matcher(u).matches()) {
            throw Problem.field("username", "invalid-username", "problem.account.username");
        }
        return u;
    }

    private static String checkDisplayName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100) {
            throw Problem.field("displayName", "invalid-display-name", "problem.account.display-name");
        }
        return n;
    }

    public Long id() {
        return id;
    }

    /** The department a handling unit's login acts for (null: none). */
    public Long departmentId() {
        return departmentId;
    }

    /** Links a handling unit's login to its department (the caller checked it is one of the organisation's). */
    public void actFor(Long department) {
        this.departmentId = department;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public Long organisationId() {
        return organisation.id();
    }

    public Organisation organisation() {
        return organisation;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long credentialsStamp() {
        return credentialsStamp;
    }

    public boolean credentialAdminKnown() {
        return credentialAdminKnown;
    }

    public boolean isAdministrator() {
        return adminRole != null;
    }
}
