package org.tongxin.committee.api;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.tongxin.committee.application.CommitteeView;
import org.tongxin.committee.application.RosterService;

/** GET /api/v1/committees: the special committees of the organisations the caller may see. */
@Path("/committees")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CommitteeResource {

    @EJB
    RosterService roster;

    @GET
    public List<CommitteeView> committees() {
        return roster.committees();
    }
}
