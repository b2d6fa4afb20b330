package org.thermolearn.bench.perf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.thermolearn.core.Json;

/**
 * Runs a peer script ({@code /usr/bin/python3}, or {@code python3} on the PATH) shipped inside the jar under
 * {@code org/thermolearn/bench/peers/} and parses its last output line {@code {"seconds": [...], "units": U}}.
 *
 * <p>A missing interpreter or module never fails the run: the result says what to install. Not thread-safe.
 *
 * <pre>{@code
 * PeerRunner.run(peer, 5, Path.of("/tmp/bench"));
 * }</pre>
 *
 * @since 1.0
 */
public final class PeerRunner {
    /** Longest a peer may run, in minutes. */
    public static final long TIMEOUT_MINUTES = 30;

    private PeerRunner() {
    }

    /**
     * The outcome of a peer run.
     *
     * @param name the peer's name
     * @param status {@code ok}, {@code not installed} or {@code failed}
     * @param detail install hint or error text ({@code ""} when ok)
     * @param seconds seconds per repeat (empty unless ok)
     * @param units work units per repeat
     */
    public record Result(String name, String status, String detail, List<Double> seconds, double units) {
        /** Copies the list. */
        public Result {
            seconds = List.copyOf(seconds);
        }

        /** Whether the peer produced timings. */
        public boolean ok() {
            return "ok".equals(status);
        }
    }

    /** The Python interpreter, or null when there is none. */
    static String python() {
        if (Files.isExecutable(Path.of("/usr/bin/python3"))) {
            return "/usr/bin/python3";
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "python3"))) {
                return Path.of(dir, "python3").toString();
            }
        }
        return null;
    }

    /** Runs the peer with {@code repeat} timed repeats; scripts are extracted into {@code workDir}. */
    public static Result run(Kernel.Peer peer, int repeat, Path workDir) {
        String python = python();
        if (python == null) {
            return new Result(peer.name(), "not installed", "python3 not found; " + peer.installHint(), List.of(), 0);
        }
        for (String module : peer.pythonModules()) {
            if (exec(List.of(python, "-c", "import " + module), workDir).exitCode != 0) {
                return new Result(peer.name(), "not installed", "python module " + module + " missing; "
                        + peer.installHint(), List.of(), 0);
            }
        }
        Path script = extract(peer.script(), workDir);
        List<String> cmd = new ArrayList<>(List.of(python, script.toString()));
        cmd.addAll(peer.args());
        cmd.add("--repeat");
        cmd.add(Integer.toString(repeat));
        Exec e = exec(cmd, workDir);
        if (e.exitCode != 0) {
            return new Result(peer.name(), "failed", lastLines(e.output), List.of(), 0);
        }
        try {
            String last = e.output.strip().lines().reduce((a, b) -> b).orElse("");
            JsonNode j = Json.parse(last, peer.script());
            List<Double> secs = new ArrayList<>();
            j.path("seconds").forEach(n -> secs.add(n.asDouble()));
            if (secs.isEmpty()) {
                throw new IllegalArgumentException("no seconds in peer output");
            }
            return new Result(peer.name(), "ok", "", secs, j.path("units").asDouble());
        } catch (IllegalArgumentException ex) {
            return new Result(peer.name(), "failed", "unreadable output: " + lastLines(e.output), List.of(), 0);
        }
    }

    private static Path extract(String script, Path workDir) {
        String resource = "/org/thermolearn/bench/peers/" + script;
        try (InputStream in = PeerRunner.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("peer script " + script + " is not in the jar");
            }
            Path target = workDir.resolve(script);
            Files.write(target, in.readAllBytes());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Exec(int exitCode, String output) {
    }

    private static Exec exec(List<String> cmd, Path dir) {
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return new Exec(-1, "timed out");
            }
            return new Exec(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Exec(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Exec(-1, "interrupted");
        }
    }

    private static String lastLines(String s) {
        List<String> lines = s.strip().lines().toList();
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }
}
