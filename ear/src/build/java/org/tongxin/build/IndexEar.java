package org.tongxin.build;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jboss.jandex.IndexWriter;
import org.jboss.jandex.Indexer;

/**
 * Writes a Jandex annotation index ({@code META-INF/jandex.idx}) into every jar of the EAR: its {@code lib/}, the EJB
 * module and the web module's {@code WEB-INF/lib}. WildFly reads such an index instead of reading every class of the
 * jar at each deployment (issue 22: the annotation indexing was 6.1 s of a 30.8 s later start). The web module's own
 * {@code WEB-INF/classes} is left to WildFly: the in-container tests add their classes there, and a prebuilt index
 * would hide them.
 *
 * <p>Run by the build ({@code ear/pom.xml}, package phase, before the server gets the EAR) as a single-file program:
 * {@code java -cp jandex.jar IndexEar.java target/tongxin.ear}. The Jandex on its class path is the version WildFly
 * ships, so the index is in a format the server reads. A jar that already holds an index keeps it, so running it twice
 * changes nothing.
 */
public final class IndexEar {

    private static final String INDEX = "META-INF/jandex.idx";

    private IndexEar() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: IndexEar <ear>");
        }
        Path ear = Path.of(args[0]);
        Path written = ear.resolveSibling(ear.getFileName() + ".indexed");
        int[] jars = new int[1];
        long start = System.nanoTime();
        try (InputStream in = Files.newInputStream(ear);
                OutputStream out = Files.newOutputStream(written)) {
            rewrite(
                    in,
                    out,
                    name -> {
                        if (name.endsWith(".jar") && (name.startsWith("lib/") || !name.contains("/"))) {
                            jars[0]++;
                            return IndexEar::indexed;
                        }
                        if (name.endsWith(".war") && !name.contains("/")) {
                            return war -> rewritten(war, inner -> {
                                if (inner.startsWith("WEB-INF/lib/") && inner.endsWith(".jar")) {
                                    jars[0]++;
                                    return IndexEar::indexed;
                                }
                                return null;
                            });
                        }
                        return null;
                    },
                    null,
                    null);
        }
        Files.move(written, ear, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf(
                "IndexEar: %d jars of %s indexed in %d ms%n",
                jars[0], ear.getFileName(), (System.nanoTime() - start) / 1_000_000);
    }

    /** What to do with an entry of an archive: its new content from the old, or {@code null} to copy it as it is. */
    private interface Change {
        Transform of(String name);
    }

    private interface Transform {
        byte[] apply(byte[] content) throws IOException;
    }

    private static byte[] rewritten(byte[] archive, Change change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(archive.length + archive.length / 8);
        rewrite(new ByteArrayInputStream(archive), out, change, null, null);
        return out.toByteArray();
    }

    /** Copies the archive, each entry changed as {@code change} says, and adds one entry at the end if given. */
    private static void rewrite(InputStream from, OutputStream to, Change change, String added, byte[] content)
            throws IOException {
        try (ZipInputStream in = new ZipInputStream(from);
                ZipOutputStream out = new ZipOutputStream(to)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                Transform transform = entry.isDirectory() ? null : change.of(entry.getName());
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(transform == null ? bytes : transform.apply(bytes));
                out.closeEntry();
            }
            if (added != null) {
                out.putNextEntry(new ZipEntry(added));
                out.write(content);
                out.closeEntry();
            }
        }
    }

    /** The jar with its index added; as it is when it has one already. */
    private static byte[] indexed(byte[] jar) throws IOException {
        Indexer indexer = new Indexer();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(INDEX)) {
                    return jar;
                }
                if (!entry.isDirectory() && entry.getName().endsWith(".class")) {
                    indexer.index(new ByteArrayInputStream(in.readAllBytes()));
                }
            }
        }
        ByteArrayOutputStream index = new ByteArrayOutputStream();
        new IndexWriter(index).write(indexer.complete());
        ByteArrayOutputStream out = new ByteArrayOutputStream(jar.length + index.size());
        rewrite(new ByteArrayInputStream(jar), out, name -> null, INDEX, index.toByteArray());
        return out.toByteArray();
    }
}
