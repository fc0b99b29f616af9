package org.tongxin.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;

/** The name a signed-in caller goes by (their account's display name), for the trails other contexts keep. */
@ApplicationScoped
public class CallerNames {

    @Inject
    Callers callers;

    /** The caller's display name, read from their account now; an anonymous or unknown caller is refused. */
    public String displayName(Principal principal) {
        return callers.account(principal).displayName();
    }
}
