package org.thermolearn.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Library code takes its randomness from RandomStreams and never prints (STYLE.md, section 4). */
class CodeStandardsTest {
    private static final List<String> FORBIDDEN = List.of("new Random(", "Math.random", "ThreadLocalRandom",
            "setSeed", "System.out", "System.err", "printStackTrace");

    @Test
    void mainSourcesUseNoForbiddenApis() throws IOException {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                for (String bad : FORBIDDEN) {
                    if (text.contains(bad)) {
                        hits.add(f + ": " + bad);
                    }
                }
            }
        }
        assertEquals(List.of(), hits);
    }
}
