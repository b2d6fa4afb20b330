package org.thermolearn.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Project-wide code standards (in the spirit of EJML's TestEnforceCodeStandards): library code never creates or
 * reseeds its own randomness and never prints; every public type documents itself with a JShell snippet; every
 * package has a package-info.
 */
class CodeStandardsTest {
    private static final Pattern FORBIDDEN_RANDOM = Pattern.compile(
            "Math\\.random\\(|new Random\\(|ThreadLocalRandom|\\.setSeed\\(|new SplittableRandom\\(");
    private static final Pattern PRINTS = Pattern.compile("System\\.(out|err)\\.print");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(?m)^public (final |abstract |sealed |non-sealed )*(class|interface|record|enum) ");

    private static List<Path> mainSources() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/")
                    && !p.toString().contains("/target/")).forEach(out::add);
        }
        assertTrue(out.size() > 20, "found the sources from " + root);
        return out;
    }

    @Test
    void libraryCodeTakesRandomnessFromStreams() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path p : mainSources()) {
            String text = Files.readString(p);
            if (FORBIDDEN_RANDOM.matcher(text).find()) {
                bad.add(p.toString());
            }
        }
        assertTrue(bad.isEmpty(), "library code creates or reseeds randomness: " + bad);
    }

    @Test
    void libraryCodeOutsideTheCommandLineDoesNotPrint() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path p : mainSources()) {
            boolean cli = p.toString().contains("/benchmarks/");
            if (!cli && PRINTS.matcher(Files.readString(p)).find()) {
                bad.add(p.toString());
            }
        }
        assertTrue(bad.isEmpty(), "library code prints: " + bad);
    }

    @Test
    void everyPublicTypeHasJavadocWithASnippet() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path p : mainSources()) {
            String text = Files.readString(p);
            if (p.getFileName().toString().equals("package-info.java") || p.toString().contains("/jmh/")) {
                continue;
            }
            var m = PUBLIC_TYPE.matcher(text);
            if (m.find()) {
                String before = text.substring(0, m.start());
                if (!before.contains("/**") || !before.contains("{@code")) {
                    bad.add(p.toString());
                }
            }
        }
        assertTrue(bad.isEmpty(), "public types without Javadoc and a {@code ...} snippet: " + bad);
    }

    @Test
    void everyPackageHasPackageInfo() throws IOException {
        List<String> bad = new ArrayList<>();
        mainSources().stream().map(Path::getParent).distinct().forEach(dir -> {
            if (!Files.exists(dir.resolve("package-info.java"))) {
                bad.add(dir.toString());
            }
        });
        assertTrue(bad.isEmpty(), "packages without package-info.java: " + bad);
    }
}
