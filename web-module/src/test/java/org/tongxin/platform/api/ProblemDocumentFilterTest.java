package org.tongxin.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The error answers the filter documents: which apply to which operation, all application/problem+json. */
class ProblemDocumentFilterTest {

    private OpenAPI api;
    private Operation readOne;
    private Operation create;
    private Operation search;
    private Operation ready;
    private Operation book;
    private Operation live;

    @BeforeEach
    void document() {
        readOne = operation(ok());
        create = operation(ok()).requestBody(OASFactory.createRequestBody());
        search = operation(ok())
                .addParameter(OASFactory.createParameter().name("q").in(Parameter.In.QUERY));
        ready = operation(ok().addAPIResponse(
                                "503",
                                OASFactory.createAPIResponse()
                                        .description("down")
                                        .content(OASFactory.createContent()
                                                .addMediaType("application/json", OASFactory.createMediaType()))))
                .security(List.of(OASFactory.createSecurityRequirement())); // [{}]: as @SecurityRequirementsSet
        live = operation(ok()).security(List.of());
        book = operation(ok().addAPIResponse(
                                "409", OASFactory.createAPIResponse().description("slot taken")))
                .requestBody(OASFactory.createRequestBody());
        api = OASFactory.createOpenAPI()
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("basic"))
                .paths(OASFactory.createPaths()
                        .addPathItem(
                                "/api/v1/things/{id}",
                                OASFactory.createPathItem().GET(readOne))
                        .addPathItem(
                                "/api/v1/things",
                                OASFactory.createPathItem().POST(create).GET(search))
                        .addPathItem(
                                "/api/v1/health/ready",
                                OASFactory.createPathItem().GET(ready))
                        .addPathItem(
                                "/api/v1/health/live",
                                OASFactory.createPathItem().GET(live))
                        .addPathItem(
                                "/api/v1/bookings", OASFactory.createPathItem().POST(book)));
        new ProblemDocumentFilter().filterOpenAPI(api);
    }

    @Test
    void theProblemSchemaIsShared() {
        Schema problem = api.getComponents().getSchemas().get("Problem");
        assertNotNull(problem);
        assertEquals(List.of("type", "title", "status"), problem.getRequired());
        assertTrue(problem.getProperties().keySet().containsAll(Set.of("type", "title", "status", "detail", "fields")));
        for (APIResponse shared : api.getComponents().getResponses().values()) {
            assertProblem(shared);
        }
        assertNotNull(api.getComponents()
                .getResponses()
                .get("Unauthenticated")
                .getHeaders()
                .get("WWW-Authenticate"));
        assertNotNull(api.getComponents()
                .getResponses()
                .get("TooManyRequests")
                .getHeaders()
                .get("Retry-After"));
    }

    @Test
    void eachOperationGetsTheErrorsThatApplyToIt() {
        assertEquals(Set.of("200", "401", "403", "404", "429"), codes(readOne));
        assertEquals(Set.of("200", "400", "401", "403", "409", "422", "429"), codes(create));
        assertEquals(Set.of("200", "401", "403", "422", "429"), codes(search));
        assertEquals(
                "#/components/responses/Unauthenticated",
                readOne.getResponses().getAPIResponse("401").getRef());
        assertEquals(
                "#/components/responses/NotFound",
                readOne.getResponses().getAPIResponse("404").getRef());
    }

    @Test
    void anOperationWithoutLoginGetsNoLoginErrorsAndKeepsItsOwnAnswers() {
        assertEquals(Set.of("200", "503"), codes(ready));
        assertEquals(Set.of("200"), codes(live));
        assertNotNull(ready.getResponses().getAPIResponse("503").getContent().getMediaType("application/json"));
        assertNull(ready.getResponses().getAPIResponse("503").getContent().getMediaType("application/problem+json"));
    }

    @Test
    void anErrorAnOperationDeclaresWithoutContentBecomesAProblem() {
        APIResponse conflict = book.getResponses().getAPIResponse("409");
        assertEquals("slot taken", conflict.getDescription());
        assertProblem(conflict);
    }

    private static void assertProblem(APIResponse response) {
        assertEquals(
                Set.of("application/problem+json"),
                response.getContent().getMediaTypes().keySet());
        assertEquals(
                "#/components/schemas/Problem",
                response.getContent()
                        .getMediaType("application/problem+json")
                        .getSchema()
                        .getRef());
    }

    private static Set<String> codes(Operation operation) {
        return operation.getResponses().getAPIResponses().keySet();
    }

    private static APIResponses ok() {
        return OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("OK"));
    }

    private static Operation operation(APIResponses responses) {
        return OASFactory.createOperation().responses(responses);
    }
}
