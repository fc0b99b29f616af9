package org.tongxin.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's slapd, started for a test on loopback ports from a slapd.conf generated under target/NAME,
 * loaded with config/ldap/test-directory.ldif by ldapadd (so that the memberof overlay fills memberOf),
 * stopped by the process handle (its PID) it started, never by a name. With TLS, a CA and a server
 * certificate for localhost/127.0.0.1 are made here with openssl (nothing binary is committed), slapd
 * offers StartTLS on its ldap:// port, also listens on ldaps://, and refuses a simple bind (a
 * password) without TLS; {@link #trustStore()} is a PKCS12 store of the CA for the client.
 */
public final class Slapd implements AutoCloseable {

    public static final String SUFFIX = "dc=tongxin,dc=test";
    public static final String ROOT_DN = "cn=admin," + SUFFIX;
    public static final String ROOT_PASSWORD = "Slapd-Root-Pw-1";
    public static final String READER_DN = "cn=reader," + SUFFIX;
    public static final String READER_PASSWORD = "Reader-Directory-Pw-1";
    public static final String TRUST_PASSWORD = "Ldap-Trust-Pw-1";

    private final Process process;
    private final Path work;
    private final int port;
    private final int tlsPort;

    private Slapd(Process process, Path work, int port, int tlsPort) {
        this.process = process;
        this.work = work;
        this.port = port;
        this.tlsPort = tlsPort;
    }

    public static Slapd start(String name, boolean tls) throws Exception {
        Path slapd = Path.of("/usr/sbin/slapd");
        Assumptions.assumeTrue(Files.isExecutable(slapd), "slapd is not installed (apt-get install slapd ldap-utils)");
        Path work = Path.of("target", name).toAbsolutePath();
        OwnServer.deleteTree(work);
        Files.createDirectories(work.resolve("db"));
        int port = freePort();
        int tlsPort = tls ? freePort() : -1;
        StringBuilder conf = new StringBuilder();
        for (String schema : List.of("core", "cosine", "inetorgperson", "nis")) {
            conf.append("include /etc/ldap/schema/").append(schema).append(".schema\n");
        }
        conf.append("pidfile ").append(work.resolve("slapd.pid")).append('\n');
        conf.append("argsfile ").append(work.resolve("slapd.args")).append('\n');
        conf.append("modulepath /usr/lib/ldap\nmoduleload back_mdb\nmoduleload memberof\n");
        if (tls) {
            certificates(work);
            conf.append("TLSCACertificateFile ").append(work.resolve("ca.pem")).append('\n');
            conf.append("TLSCertificateFile ")
                    .append(work.resolve("server.pem"))
                    .append('\n');
            conf.append("TLSCertificateKeyFile ")
                    .append(work.resolve("server.key"))
                    .append('\n');
        }
        conf.append("database mdb\nmaxsize 104857600\n");
        conf.append("suffix \"").append(SUFFIX).append("\"\n");
        conf.append("rootdn \"").append(ROOT_DN).append("\"\n");
        conf.append("rootpw ").append(ROOT_PASSWORD).append('\n');
        conf.append("directory ").append(work.resolve("db")).append('\n');
        if (tls) { // a simple bind, the password, only over TLS: proves that the client binds after StartTLS
            conf.append("security simple_bind=1\n");
        }
        conf.append("overlay memberof\n");
        conf.append("access to attrs=userPassword by self write by anonymous auth by * none\n");
        conf.append("access to * by * read\n");
        Files.writeString(work.resolve("slapd.conf"), conf, StandardCharsets.UTF_8);

        String urls = "ldap://127.0.0.1:" + port + "/" + (tls ? " ldaps://127.0.0.1:" + tlsPort + "/" : "");
        Process process = new ProcessBuilder(
                        slapd.toString(),
                        "-d",
                        "0",
                        "-h",
                        urls,
                        "-f",
                        work.resolve("slapd.conf").toString())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("slapd.log").toFile())
                .start();
        Slapd server = new Slapd(process, work, port, tlsPort);
        try {
            server.awaitPort(port);
            server.ldap(
                    "ldapadd",
                    "-f",
                    Path.of("..", "config", "ldap", "test-directory.ldif")
                            .toAbsolutePath()
                            .normalize()
                            .toString());
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** ldap://127.0.0.1:port (StartTLS offered when started with TLS). */
    public String url() {
        return "ldap://127.0.0.1:" + port;
    }

    /** ldaps://localhost:port, the name the test certificate carries. */
    public String ldapsUrl() {
        return "ldaps://localhost:" + tlsPort;
    }

    public Path trustStore() {
        return work.resolve("trust.p12");
    }

    public long pid() {
        return process.pid();
    }

    /** Removes an entry, as the directory's administrator would when a person leaves. */
    public void delete(String dn) throws Exception {
        ldap("ldapdelete", dn);
    }

    private void ldap(String tool, String... args) throws Exception {
        List<String> command =
                new ArrayList<>(List.of("/usr/bin/" + tool, "-x", "-H", url(), "-D", ROOT_DN, "-w", ROOT_PASSWORD));
        if (tlsPort > 0) {
            command.add("-ZZ");
        }
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("LDAPTLS_CACERT", work.resolve("ca.pem").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(tool + " failed: " + out);
        }
    }

    @Override
    public void close() {
        ProcessHandle handle = process.toHandle();
        handle.destroy();
        try {
            handle.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
    }

    private void awaitPort(int p) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("slapd stopped: " + Files.readString(work.resolve("slapd.log")));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", p), 500);
                return;
            } catch (IOException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(
                            "slapd does not listen: " + Files.readString(work.resolve("slapd.log")));
                }
                process.waitFor(100, TimeUnit.MILLISECONDS); // returns at once if slapd dies
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** A test CA, a server certificate for localhost and 127.0.0.1 signed by it, and a PKCS12 trust store of the CA. */
    private static void certificates(Path work) throws Exception {
        run(
                work,
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=Tongxin test CA",
                "-keyout",
                "ca.key",
                "-out",
                "ca.pem");
        Files.writeString(
                work.resolve("san.ext"),
                "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
                        + "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
        run(
                work,
                "openssl",
                "req",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-subj",
                "/CN=localhost",
                "-keyout",
                "server.key",
                "-out",
                "server.csr");
        run(
                work,
                "openssl",
                "x509",
                "-req",
                "-in",
                "server.csr",
                "-CA",
                "ca.pem",
                "-CAkey",
                "ca.key",
                "-CAcreateserial",
                "-days",
                "2",
                "-extfile",
                "san.ext",
                "-out",
                "server.pem");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        run(
                work,
                keytool.toString(),
                "-importcert",
                "-noprompt",
                "-alias",
                "test-ca",
                "-file",
                "ca.pem",
                "-keystore",
                "trust.p12",
                "-storetype",
                "PKCS12",
                "-storepass",
                TRUST_PASSWORD);
    }

    private static void run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
    }
}
