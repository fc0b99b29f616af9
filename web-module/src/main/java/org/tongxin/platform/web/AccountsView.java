package org.tongxin.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tongxin.platform.application.AccountDetails;
import org.tongxin.platform.application.AccountService;
import org.tongxin.platform.application.NewAccount;
import org.tongxin.platform.application.OrganisationDetails;
import org.tongxin.platform.application.OrganisationService;
import org.tongxin.platform.application.PasswordHalf;
import org.tongxin.platform.application.PasswordReset;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/**
 * platform/accounts.xhtml: accounts of the visible organisations, paged in the database. The system
 * administrator opens, disables and resets accounts; the security administrator assigns roles and
 * approves resets of administrators' passwords (each of the two is shown one half, once).
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(
            "username",
            "newForm:username",
            "displayName",
            "newForm:displayName",
            "organisationId",
            "newForm:organisation",
            "newPassword",
            "newForm:password");

    @EJB
    AccountService accounts;

    @EJB
    OrganisationService organisations;

    private String search;
    private LazyDataModel<AccountDetails> model;
    private List<OrganisationDetails> visibleOrganisations;

    private String newUsername;
    private String newDisplayName;
    private Long newOrganisationId;
    private String newPassword;

    private AccountDetails selected;
    private List<String> selectedRoles = new ArrayList<>();

    private Long selectedDepartmentId;

    private List<org.tongxin.platform.application.DepartmentSummary> departmentChoices = List.of();
    private String generatedPassword;
    private String passwordHalf;
    private Integer halfNumber;
    private boolean resetRequested;

    @PostConstruct
    void init() {
        visibleOrganisations = organisations.visible();
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) accounts.search(search, new Page.Request(0, 1)).total();
            }

            @Override
            public List<AccountDetails> load(
                    int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return accounts.search(search, Page.Request.ofRows(first, pageSize))
                        .items();
            }

            @Override
            public String getRowKey(AccountDetails account) {
                return String.valueOf(account.id());
            }

            @Override
            public AccountDetails getRowData(String rowKey) {
                return accounts.get(Long.parseLong(rowKey));
            }
        };
    }

    public void create() {
        try {
            AccountDetails created =
                    accounts.create(new NewAccount(newUsername, newDisplayName, newOrganisationId, newPassword));
            Pages.info("accounts.created", created.username());
            newUsername = newDisplayName = newPassword = null;
            newOrganisationId = null;
        } catch (Problem p) {
            Pages.problem(p, FIELDS);
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    public void select(AccountDetails account) {
        selected = account;
        selectedRoles = new ArrayList<>(account.roles());
        clearShown();
    }

    /** The department dialog of a handling unit's login: its choices and the current link. */
    public void selectDepartment(AccountDetails account) {
        selected = account;
        selectedDepartmentId = account.departmentId();
        departmentChoices = List.of();
        try {
            departmentChoices = accounts.departmentChoices(account.id());
        } catch (Problem p) {
            Pages.problem(p);
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    public void saveDepartment() {
        act(() -> accounts.linkDepartment(selected.id(), selectedDepartmentId), "accounts.department-saved");
    }

    public Long getSelectedDepartmentId() {
        return selectedDepartmentId;
    }

    public void setSelectedDepartmentId(Long selectedDepartmentId) {
        this.selectedDepartmentId = selectedDepartmentId;
    }

    public List<org.tongxin.platform.application.DepartmentSummary> getDepartmentChoices() {
        return departmentChoices;
    }

    public void saveRoles() {
        act(() -> accounts.assignRoles(selected.id(), new HashSet<>(selectedRoles)), "accounts.roles-saved");
    }

    public void disable(AccountDetails account) {
        act(() -> accounts.disable(account.id()), "accounts.disabled");
    }

    public void enable(AccountDetails account) {
        act(() -> accounts.enable(account.id()), "accounts.enabled");
    }

    public void unlock(AccountDetails account) {
        act(() -> accounts.unlock(account.id()), "accounts.unlocked");
    }

    /**
     * Resets a password: an ordinary account's one-time password is shown at once; for an account
     * holding an administrator role a request goes to another administrator and no password is shown.
     */
    public void resetPassword(AccountDetails account) {
        selected = account;
        clearShown();
        try {
            PasswordReset reset = accounts.resetPassword(account.id());
            generatedPassword = reset.temporaryPassword();
            resetRequested = reset.awaitsApproval();
        } catch (Problem p) {
            Pages.problem(p);
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    /** Another administrator approves: their half (the second) is shown once. */
    public void approveReset(AccountDetails account) {
        selected = account;
        clearShown();
        showHalf(() -> accounts.approvePasswordReset(account.id()));
    }

    /** The requester is shown their half (the first) once, after the approval. */
    public void collectHalf(AccountDetails account) {
        selected = account;
        clearShown();
        showHalf(() -> accounts.passwordReset(account.id()));
    }

    private void showHalf(java.util.function.Supplier<PasswordHalf> action) {
        try {
            PasswordHalf half = action.get();
            passwordHalf = half.passwordHalf();
            halfNumber = half.half();
            if (passwordHalf == null) {
                Pages.problem(Problem.conflict("half-shown", "accounts.reset.half-gone"));
            }
        } catch (Problem p) {
            Pages.problem(p);
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    private void clearShown() {
        generatedPassword = null;
        passwordHalf = null;
        halfNumber = null;
        resetRequested = false;
    }

    public String getPasswordHalf() {
        return passwordHalf;
    }

    public Integer getHalfNumber() {
        return halfNumber;
    }

    public boolean isResetRequested() {
        return resetRequested;
    }

    @EJB
    org.tongxin.platform.application.SecondFactorService secondFactor;

    /**
     * Resets the account's second factor (a lost device); a security administrator's needs a second
     * administrator: the first one's click only asks (issue 15).
     */
    public void resetSecondFactor(AccountDetails account) {
        try {
            Pages.info(
                    secondFactor.reset(account.id())
                            ? "accounts.second-factor.reset.done"
                            : "accounts.second-factor.reset.requested");
        } catch (Problem p) {
            Pages.problem(p);
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Pages.info(doneKey);
        } catch (Problem p) {
            Pages.problem(p);
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    public List<String> getAllRoles() {
        return java.util.Arrays.stream(Role.values()).map(Role::code).toList();
    }

    public LazyDataModel<AccountDetails> getModel() {
        return model;
    }

    public List<OrganisationDetails> getVisibleOrganisations() {
        return visibleOrganisations;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }

    public Long getNewOrganisationId() {
        return newOrganisationId;
    }

    public void setNewOrganisationId(Long newOrganisationId) {
        this.newOrganisationId = newOrganisationId;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public AccountDetails getSelected() {
        return selected;
    }

    public List<String> getSelectedRoles() {
        return selectedRoles;
    }

    public void setSelectedRoles(List<String> selectedRoles) {
        this.selectedRoles = selectedRoles;
    }

    public String getGeneratedPassword() {
        return generatedPassword;
    }
}
