package org.thermolearn.bench.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.thermolearn.core.Json;

/**
 * The files of one suite run, staged in a hidden directory inside the output directory and moved into place only
 * when every file has been written: a failed run leaves no partial output.
 *
 * <p>Not thread-safe: one per run.
 *
 * <pre>{@code
 * try (var out = SuiteOutput.open(Path.of("results"))) {
 *     out.json("trap-stiffness.json", tree);
 *     out.file("trap-stiffness.png", p -> Plots.crooks(p, ...));
 *     out.commit();
 * }
 * }</pre>
 *
 * @since 1.0
 */
public final class SuiteOutput implements AutoCloseable {
    private final Path dir;
    private final Path staging;
    private final List<String> names = new ArrayList<>();
    private boolean committed;

    private SuiteOutput(Path dir, Path staging) {
        this.dir = dir;
        this.staging = staging;
    }

    /**
     * Checks that {@code dir} is (or can be made) a writable directory and opens a staging area in it.
     *
     * @throws IllegalArgumentException naming the directory when it cannot be written
     */
    public static SuiteOutput open(Path dir) {
        requireNamed(dir);
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new IllegalArgumentException("--out " + dir + " exists and is not a directory");
        }
        try {
            Files.createDirectories(abs);
            Path staging = Files.createTempDirectory(abs, ".thermolearn-staging-");
            return new SuiteOutput(abs, staging);
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            throw new IllegalArgumentException("--out " + dir + " is not a writable directory: " + reason(e), e);
        }
    }

    private static void requireNamed(Path dir) {
        if (dir.toString().isBlank()) {
            throw new IllegalArgumentException("--out must name a directory, got an empty path");
        }
    }

    /** Why a directory could not be made or written, in words (no exception class names). */
    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
            return "a part of the path is a file";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? "cannot create it" : e.getMessage();
    }

    /**
     * Checks writability without leaving anything behind: directories it had to create are removed again.
     *
     * @throws IllegalArgumentException naming the directory when it cannot be written
     */
    public static void checkWritable(Path dir) {
        requireNamed(dir);
        Path abs = dir.toAbsolutePath().normalize();
        Path firstMissing = null;
        for (Path p = abs; p != null && !Files.exists(p); p = p.getParent()) {
            firstMissing = p;
        }
        try (SuiteOutput probe = open(dir)) {
            // the staging directory is removed on close
            probe.names.clear();
        } finally {
            for (Path p = abs; firstMissing != null && p != null && p.startsWith(firstMissing); p = p.getParent()) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException | SecurityException e) {
                    break;      // not empty or not ours: leave it
                }
            }
        }
    }

    /** Stages a JSON file. */
    public Path json(String name, JsonNode tree) {
        return file(name, p -> Json.write(tree, p));
    }

    /** Stages a file produced by {@code writer}, which receives the staging path. */
    public Path file(String name, Consumer<Path> writer) {
        if (names.contains(name) || name.contains("/") || name.startsWith(".")) {
            throw new IllegalArgumentException("output name " + name + " is invalid or already used");
        }
        writer.accept(staging.resolve(name));
        names.add(name);
        return dir.resolve(name);
    }

    /**
     * Moves every staged file into the output directory, all or nothing: files of an earlier run that would be
     * replaced are first set aside in the staging area, and if any move fails, the files moved in are taken out and
     * the earlier ones put back. Returns the final paths.
     *
     * @throws UncheckedIOException naming the directory and the reason; the output directory is then as before
     */
    public List<Path> commit() {
        Path previous = staging.resolve(".previous");
        List<String> setAside = new ArrayList<>();
        List<String> movedIn = new ArrayList<>();
        try {
            for (String name : names) {
                Path target = dir.resolve(name);
                if (Files.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException(target + " is a directory");
                }
            }
            Files.createDirectories(previous);
            for (String name : names) {
                if (Files.exists(dir.resolve(name), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    move(dir.resolve(name), previous.resolve(name));
                    setAside.add(name);
                }
            }
            for (String name : names) {
                move(staging.resolve(name), dir.resolve(name));
                movedIn.add(name);
            }
        } catch (IOException e) {
            rollBack(previous, setAside, movedIn);
            throw new UncheckedIOException("cannot move results into " + dir + ": " + e.getMessage(), e);
        }
        committed = true;
        return names.stream().map(dir::resolve).toList();
    }

    private static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Best effort after a failed commit: takes out what was moved in, puts back what was set aside. */
    private void rollBack(Path previous, List<String> setAside, List<String> movedIn) {
        for (String name : movedIn) {
            try {
                move(dir.resolve(name), staging.resolve(name));
            } catch (IOException ignored) {
                // nothing more can be done; the error that stopped the commit is reported
            }
        }
        for (String name : setAside) {
            try {
                move(previous.resolve(name), dir.resolve(name));
            } catch (IOException ignored) {
                // as above
            }
        }
    }

    /** The output directory. */
    public Path directory() {
        return dir;
    }

    /** Removes the staging directory (and anything not committed). */
    @Override
    public void close() {
        try (Stream<Path> s = Files.walk(staging)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            if (!committed) {
                throw new UncheckedIOException("cannot clean " + staging, e);
            }
        }
    }
}
