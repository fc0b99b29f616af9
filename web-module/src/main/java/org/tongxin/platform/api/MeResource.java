package org.tongxin.platform.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.tongxin.platform.application.AccountService;
import org.tongxin.platform.application.CallerView;

/** GET /api/v1/me: the caller's username, display name, organisation and roles. */
@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @EJB
    AccountService accounts;

    @GET
    public CallerView me() {
        return accounts.me();
    }
}
