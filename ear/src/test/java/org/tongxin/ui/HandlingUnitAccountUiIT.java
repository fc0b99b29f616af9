package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.tongxin.support.Api;
import org.tongxin.support.Browser;
import org.tongxin.support.Deployments;
import org.tongxin.support.Fixtures;

/** The security administrator links a handling unit's login to its department on the accounts page (issue 18). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HandlingUnitAccountUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theSecurityAdministratorChoosesTheDepartmentAUnitsLoginActsFor() {
        String name = Api.unique("测试交通局");
        Api.Reply department = Api.as("office").post("/api/v1/departments", "{\"name\":\"" + name + "\"}");
        assertEquals(201, department.status(), department::toString);
        String username = Fixtures.username("uiunit");
        long account = Fixtures.account(username, "Copper-Meadow-Lantern-58", "handling-unit");

        try (Browser security = Browser.open()) {
            AccountsPage.open(security, "security", username);
            security.click(AccountsPage.row(username, "account-department-edit"));
            // the dialog's form is rendered again by that request: choose in the new one
            security.awaitAjax();
            security.choose("departmentForm:department", name);
            security.click(By.id("departmentForm:saveDepartment"));
            security.waitForText("承办部门已保存");
            security.waitFor(d -> !d.findElements(
                            By.xpath("//span[contains(@class,'account-department') and text()='" + name + "']"))
                    .isEmpty());
            security.screenshot("handling-unit-department");
        }
        assertEquals(
                department.json().getJsonNumber("id").longValue(),
                Api.as("security")
                        .get("/api/v1/accounts/" + account)
                        .json()
                        .getJsonNumber("departmentId")
                        .longValue());
    }
}
