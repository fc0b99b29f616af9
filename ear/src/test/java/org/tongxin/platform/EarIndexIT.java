package org.tongxin.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.IndexReader;
import org.junit.jupiter.api.Test;
import org.tongxin.support.Deployments;

/**
 * The EAR as built carries a prebuilt annotation index in each of its jars, which WildFly reads instead of their classes
 * (issue 22, the later start; {@code ear/src/build/java/org/tongxin/build/IndexEar.java}); the web module's own classes
 * have none, so that the classes the in-container tests add there are seen; and the server the build provisions
 * deploys that EAR. Reads the archives only: no server.
 */
class EarIndexIT {

    private static final String INDEX = "META-INF/jandex.idx";

    @Test
    void everyJarOfTheEarCarriesAnIndexThatWildFlyCanRead() throws IOException {
        Map<String, byte[]> ear = entries(Files.readAllBytes(ear()));
        Map<String, byte[]> jars = new LinkedHashMap<>();
        ear.forEach((name, content) -> {
            if (name.endsWith(".jar") && (name.startsWith("lib/") || !name.contains("/"))) {
                jars.put(name, content);
            }
        });
        Map<String, byte[]> war = entries(ear.get("web-module.war"));
        war.forEach((name, content) -> {
            if (name.startsWith("WEB-INF/lib/") && name.endsWith(".jar")) {
                jars.put("web-module.war/" + name, content);
            }
        });
        assertTrue(jars.size() > 40, "the EAR's libraries, the EJB module and PrimeFaces: " + jars.keySet());

        List<String> without = new ArrayList<>();
        for (Map.Entry<String, byte[]> jar : jars.entrySet()) {
            byte[] index = entries(jar.getValue()).get(INDEX);
            if (index == null) {
                without.add(jar.getKey());
            } else {
                new IndexReader(new ByteArrayInputStream(index)).read(); // in the format the server reads
            }
        }
        assertTrue(without.isEmpty(), "jars without an index: " + without);

        Index ejb = index(entries(ear.get("ejb-module.jar")).get(INDEX));
        assertNotNull(
                ejb.getClassByName(DotName.createSimple("org.tongxin.inforeport.infrastructure.ReportIndexBean")),
                "the EJB module's index holds its beans");
        assertFalse(
                ejb.getAnnotations(DotName.createSimple("jakarta.ejb.Startup")).isEmpty(), "with their annotations");
        Index primefaces = war.entrySet().stream()
                .filter(e -> e.getKey().startsWith("WEB-INF/lib/primefaces-"))
                .map(e -> index(entries(e.getValue()).get(INDEX)))
                .findFirst()
                .orElseThrow();
        assertNotNull(
                primefaces.getClassByName(DotName.createSimple("org.primefaces.component.datatable.DataTable")),
                "PrimeFaces' index holds its components");

        assertFalse(
                war.containsKey("WEB-INF/classes/" + INDEX),
                "the web module's classes keep no index: the in-container tests add theirs");
    }

    @Test
    void theProvisionedServerDeploysTheIndexedEar() throws IOException {
        Path deployed = Path.of(System.getProperty("tongxin.server", "target/server"))
                .resolve("standalone/deployments")
                .resolve(Deployments.EAR_NAME);
        assertTrue(Files.isRegularFile(deployed), "the build deploys the EAR into target/server: " + deployed);
        assertArrayEquals(Files.readAllBytes(ear()), Files.readAllBytes(deployed), "the same EAR, indexes included");
    }

    private static Path ear() {
        return Path.of(System.getProperty("tongxin.ear", "target/" + Deployments.EAR_NAME));
    }

    private static Index index(byte[] content) {
        try {
            return new IndexReader(new ByteArrayInputStream(content)).read();
        } catch (IOException e) {
            throw new AssertionError("an unreadable index", e);
        }
    }

    private static Map<String, byte[]> entries(byte[] archive) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new AssertionError("an unreadable archive", e);
        }
        return entries;
    }
}
