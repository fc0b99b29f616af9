package org.tongxin.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The JSON API, authenticated with HTTP Basic by the same accounts as the pages; described at /openapi (and built
 * into web-module/target/openapi at build time, where .ci/run lints it). The error answers and the Problem schema
 * come from {@link ProblemDocumentFilter}.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Tongxin API",
                        version = "1",
                        description =
                                "Duty-performance platform for CPPCC committees. Errors are application/problem+json"
                                        + " (type urn:tongxin:problem:<code>, a title in the caller's language,"
                                        + " status, and for invalid input the fields in error).",
                        contact = @Contact(name = "Tongxin platform team"),
                        license = @License(name = "Proprietary")),
        servers = @Server(url = "/", description = "This deployment (its configured public address)"),
        tags = {
            @Tag(name = "Platform", description = "Accounts, organisations, departments, the caller, notifications"),
            @Tag(
                    name = "Committees and members",
                    description = "Roster, terms, committees, pairings, liaison, concerns"),
            @Tag(name = "Duty ledger", description = "Duty entries, categories, rules, rankings and grades"),
            @Tag(name = "Proposals", description = "Proposals from filing to answer and rating, plenary sessions"),
            @Tag(name = "Consultation", description = "Consultation plans, activities, grassroots topics, outcomes"),
            @Tag(name = "Study hall", description = "Spaces, bookings, activities, reading groups, calendar feeds"),
            @Tag(
                    name = "Information reports",
                    description = "Reports, topics, bulletins, forwarding between deployments")
        },
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(
        securitySchemeName = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "An access token of POST /api/v1/auth/token, or a JWT of the OpenID Connect provider")
public class RestApplication extends Application {}
