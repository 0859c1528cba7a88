package io.textkit.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Files the fuzz targets hand to the readers, which take paths: one temporary folder per JVM,
 * reused by every execution (the fuzzer runs one input at a time) and deleted when the JVM exits.
 * The folder is in memory ({@code /dev/shm}) where there is one: the writers a round trip calls
 * force every file to disk, which would make each execution wait for the disk.
 */
public final class Scratch {
    private static final Path ROOT = createRoot();

    private Scratch() {}

    /** The file {@code name} in the scratch folder, holding exactly {@code bytes}. */
    public static Path file(String name, byte[] bytes) throws IOException {
        return Files.write(ROOT.resolve(name), bytes);
    }

    /** An empty folder {@code name} in the scratch folder, emptied if a previous execution left it full. */
    public static Path emptyFolder(String name) throws IOException {
        Path folder = ROOT.resolve(name);
        deleteTree(folder);
        return Files.createDirectories(folder);
    }

    /** The scratch folder itself, to check that nothing was written beside a target's own files. */
    public static Path root() {
        return ROOT;
    }

    private static Path createRoot() {
        try {
            Path memory = Path.of("/dev/shm");
            Path root = Files.isDirectory(memory) && Files.isWritable(memory)
                    ? Files.createTempDirectory(memory, "textkit-fuzz")
                    : Files.createTempDirectory("textkit-fuzz");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    deleteTree(root);
                } catch (IOException e) {
                    System.err.println("could not delete " + root + ": " + e.getMessage());
                }
            }));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code root} and everything below it; nothing happens if it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
