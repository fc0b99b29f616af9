package org.tongxin.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in both languages, and every key a page uses exists. */
class BundlesTest {

    private static final List<String> BUNDLES = List.of(
            "messages/platform",
            "messages/committee",
            "messages/studyhall",
            "messages/inforeport",
            "messages/consultation",
            "messages/proposal",
            "messages/faces");
    private static final Map<String, String> PAGE_VARS = Map.of(
            "pf",
            "messages/platform",
            "cm",
            "messages/committee",
            "sh",
            "messages/studyhall",
            "ir",
            "messages/inforeport",
            "cs",
            "messages/consultation",
            "pp",
            "messages/proposal");

    @Test
    void everyKeyExistsInChineseAndInEnglish() throws IOException {
        for (String bundle : BUNDLES) {
            Set<String> zh = load(bundle + "_zh_CN.properties").stringPropertyNames();
            Set<String> en = load(bundle + "_en.properties").stringPropertyNames();
            Set<String> onlyZh = new TreeSet<>(zh);
            onlyZh.removeAll(en);
            Set<String> onlyEn = new TreeSet<>(en);
            onlyEn.removeAll(zh);
            assertEquals(Set.of(), onlyZh, bundle + ": keys missing in English");
            assertEquals(Set.of(), onlyEn, bundle + ": keys missing in Chinese");
        }
    }

    @Test
    void chineseTextsAreChinese() throws IOException {
        for (String bundle : List.of(
                "messages/platform",
                "messages/committee",
                "messages/studyhall",
                "messages/inforeport",
                "messages/consultation",
                "messages/proposal")) {
            Properties zh = load(bundle + "_zh_CN.properties");
            List<String> notChinese = zh.stringPropertyNames().stream()
                    // a language's own name (lang.en = English) is written in that language on every page
                    .filter(k -> !k.startsWith("lang."))
                    .filter(k -> !zh.getProperty(k).matches("(?s).*\\p{IsHan}.*"))
                    .sorted()
                    .toList();
            assertEquals(List.of(), notChinese, bundle + ": Chinese entries without Chinese text");
        }
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Pattern use = Pattern.compile("\\b(pf|cm|cs|pp)\\['([a-zA-Z0-9.\\-]+)'\\]");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = use.matcher(Files.readString(page));
                while (m.find()) {
                    String key = m.group(2);
                    Properties zh = load(PAGE_VARS.get(m.group(1)) + "_zh_CN.properties");
                    if (!key.endsWith(".") && zh.getProperty(key) == null) {
                        missing.add(page.getFileName() + ": " + m.group(1) + "." + key);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theProblemKeysOfTheServicesExist() throws IOException {
        Properties zh = load("messages/platform_zh_CN.properties");
        zh.putAll(load("messages/committee_zh_CN.properties"));
        zh.putAll(load("messages/studyhall_zh_CN.properties"));
        zh.putAll(load("messages/inforeport_zh_CN.properties"));
        zh.putAll(load("messages/consultation_zh_CN.properties"));
        zh.putAll(load("messages/proposal_zh_CN.properties"));
        Pattern key = Pattern.compile("\"((?:problem|notice)\\.[a-z0-9.\\-]+)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("../ejb-module/src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(source));
                while (m.find()) {
                    if (zh.getProperty(m.group(1)) == null) {
                        missing.add(source.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), missing::toString);
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing bundle " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
