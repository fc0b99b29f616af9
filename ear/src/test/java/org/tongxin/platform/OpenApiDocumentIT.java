package org.tongxin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.support.Api;
import org.tongxin.support.Deployments;

/**
 * WildFly's /openapi is the document the build makes (web-module/target/openapi/openapi.json, which .ci/run lints):
 * the same operations with the same ids, summaries, tags and answers, the same schemas and error responses (the
 * filter runs in both), the same info, servers and security.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiDocumentIT {

    private static final Path BUILT = Path.of("..", "web-module", "target", "openapi", "openapi.json");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theServerServesTheDocumentTheBuildLints() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Api.BASE + "/openapi?format=JSON"))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer::body);
        JsonObject served = read(answer.body());
        JsonObject built = read(Files.readString(BUILT));

        assertEquals(operations(built), operations(served));
        assertTrue(
                operations(served).size() > 250,
                () -> "operations: " + operations(served).size());
        for (String part : Set.of("paths", "components", "info", "servers", "security", "tags")) {
            assertEquals(built.get(part), served.get(part), part);
        }
        assertTrue(served.getJsonObject("components").getJsonObject("schemas").containsKey("Problem"));
    }

    private static Set<String> operations(JsonObject document) {
        Set<String> operations = new TreeSet<>();
        document.getJsonObject("paths")
                .forEach((path, item) ->
                        item.asJsonObject().keySet().forEach(method -> operations.add(method + " " + path)));
        return operations;
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
