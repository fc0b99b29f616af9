package org.tongxin.platform.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * The error answers of the OpenAPI document (mp.openapi.filter in META-INF/microprofile-config.properties, so the
 * same in WildFly's /openapi and in the document built by the SmallRye OpenAPI Maven plugin): the shared
 * {@code Problem} schema (application/problem+json, docs/api.md) and, on every operation, the errors that apply to it
 * as shared responses: {@code 401}, {@code 403} and {@code 429} where a login is required, {@code 404} where the path
 * names something, {@code 400} where a body is read, {@code 422} where a body or a query parameter is checked,
 * {@code 409} where a body or the path names what changes. Every other 4xx/5xx response an operation declares
 * itself without content gets the Problem content too.
 */
public class ProblemDocumentFilter implements OASFilter {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM = "Problem";

    /** The shared responses: status code → name in components/responses and its description. */
    static final Map<String, String[]> SHARED = Map.of(
            "400", new String[] {"BadRequest", "Malformed request: unreadable JSON or a value of the wrong type"},
            "401",
                    new String[] {
                        "Unauthenticated", "No or wrong credentials (unauthenticated, login-invalid, login-locked)"
                    },
            "403", new String[] {"Forbidden", "The caller's roles do not allow this, or a password change is due"},
            "404", new String[] {"NotFound", "Not found, or not visible to the caller"},
            "409", new String[] {"Conflict", "A conflict of state, of a slot, or of versions, or a duplicate"},
            "422", new String[] {"UnprocessableContent", "A broken rule or an invalid field (named in fields)"},
            "429",
                    new String[] {
                        "TooManyRequests", "Login checks refused for now (too-many-requests); retry after Retry-After"
                    });

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema(PROBLEM, problemSchema());
        SHARED.forEach((code, named) -> components.addResponse(named[0], sharedResponse(code, named[1])));
        boolean securedByDefault = secured(openAPI.getSecurity());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> e :
                    item.getOperations().entrySet()) {
                addErrors(path, item, e.getKey(), e.getValue(), securedByDefault);
            }
        });
    }

    static void addErrors(
            String path, PathItem item, PathItem.HttpMethod method, Operation operation, boolean securedByDefault) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean secured = operation.getSecurity() == null ? securedByDefault : secured(operation.getSecurity());
        boolean body = operation.getRequestBody() != null;
        boolean query =
                has(operation.getParameters(), Parameter.In.QUERY) || has(item.getParameters(), Parameter.In.QUERY);
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        if (body) {
            addShared(responses, "400");
        }
        if (secured) {
            addShared(responses, "401");
            addShared(responses, "403");
        }
        if (path.contains("{")) {
            addShared(responses, "404");
        }
        if (changes && secured && (body || path.contains("{"))) {
            addShared(responses, "409");
        }
        if (body || query) {
            addShared(responses, "422");
        }
        if (secured) {
            addShared(responses, "429");
        }
        // what an operation declares itself: the problem's content where it gave none
        responses.getAPIResponses().forEach((code, response) -> {
            if (isError(code)
                    && response.getRef() == null
                    && (response.getContent() == null
                            || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(problemContent());
            }
        });
    }

    /** A login is required: some requirement, and no empty one (an empty one, {}, lets anybody in). */
    static boolean secured(List<SecurityRequirement> requirements) {
        return requirements != null
                && !requirements.isEmpty()
                && requirements.stream()
                        .noneMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty());
    }

    private static boolean has(List<Parameter> parameters, Parameter.In in) {
        return parameters != null && parameters.stream().anyMatch(p -> p.getIn() == in);
    }

    static boolean isError(String code) {
        return code.startsWith("4") || code.startsWith("5");
    }

    private static void addShared(APIResponses responses, String code) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(SHARED.get(code)[0]));
        }
    }

    static APIResponse sharedResponse(String code, String description) {
        APIResponse response =
                OASFactory.createAPIResponse().description(description).content(problemContent());
        if (code.equals("401")) {
            response.addHeader(
                    "WWW-Authenticate",
                    OASFactory.createHeader()
                            .description("Basic realm=\"tongxin\" (or Bearer for a bearer token)")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
        if (code.equals("429")) {
            response.addHeader(
                    "Retry-After",
                    OASFactory.createHeader()
                            .description("Seconds to wait")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }
        return response;
    }

    static Content problemContent() {
        MediaType problem =
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM));
        return OASFactory.createContent().addMediaType(PROBLEM_JSON, problem);
    }

    static Schema problemSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("An error (RFC 9457): application/problem+json")
                .addProperty(
                        "type",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .description("urn:tongxin:problem:<code>, stable")
                                .example("urn:tongxin:problem:invalid-input"))
                .addProperty(
                        "title",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .description("In the caller's language (Accept-Language; default zh-CN)"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .format("int32"))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty(
                        "fields",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.OBJECT)
                                .description("The fields in error, each with its message")
                                .additionalPropertiesSchema(
                                        OASFactory.createSchema().addType(Schema.SchemaType.STRING)))
                .required(List.of("type", "title", "status"));
    }
}
