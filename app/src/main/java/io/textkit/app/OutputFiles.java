package io.textkit.app;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The files one command writes, so that it never loses a file: before any work, {@link #check()}
 * refuses an output that is one of the command's inputs (the same path, or the same file through a
 * link) or lies inside an input folder, or is another output, or whose folder is missing or not writable; {@link #requireSpace} refuses
 * one that would not fit. The command writes each output to its {@link #temporary} beside the
 * target, and {@link #commit} moves them all into place together, putting back what it had moved
 * if a move fails; {@link #close()} deletes the temporaries of outputs never committed. So a command
 * writes all its outputs or none, and an output that existed before is either replaced whole or
 * kept as it was. Every refusal is a {@link BadOptionException} naming the option and the path.
 */
final class OutputFiles implements AutoCloseable {
    private record Input(String option, Path file) {}

    private record Output(String option, Path target, Path temporary) {}

    private final List<Input> inputs = new ArrayList<>();
    private final List<Output> outputs = new ArrayList<>();
    private boolean committed;

    /** Declares an input that no output may overwrite; {@code file} may be null (an option not given). */
    OutputFiles input(String option, Path file) {
        if (file != null) {
            inputs.add(new Input(option, file));
        }
        return this;
    }

    /** Declares an output; {@code file} may be null (an option not given). */
    OutputFiles output(String option, Path file) {
        if (file != null) {
            Path target = file.toAbsolutePath().normalize();
            if (target.getFileName() == null) {
                throw new BadOptionException(option + " " + file + " is a folder; give a file name");
            }
            // The target's own name ends the temporary's, so writers that choose a format by extension still do.
            Path temporary = target.resolveSibling(".textkit-" + Long.toUnsignedString(
                    ThreadLocalRandom.current().nextLong(), 36) + "-" + target.getFileName());
            outputs.add(new Output(option, target, temporary));
        }
        return this;
    }

    /**
     * Refuses outputs that would overwrite an input or each other, and outputs whose folder does not
     * exist or cannot take a new file (tried by creating and deleting the temporary).
     *
     * @throws BadOptionException naming the options and the paths
     */
    void check() throws IOException {
        for (int i = 0; i < outputs.size(); i++) {
            Output out = outputs.get(i);
            for (Input in : inputs) {
                if (sameFile(in.file(), out.target())) {
                    throw new BadOptionException(out.option() + " " + out.target() + " is the same file as "
                            + in.option() + " " + in.file() + "; writing it would destroy the input");
                }
                if (Files.isDirectory(in.file()) && realPath(out.target()).startsWith(in.file().toRealPath())) {
                    throw new BadOptionException(out.option() + " " + out.target() + " is inside " + in.option() + " "
                            + in.file() + "; writing it would change the input");
                }
            }
            for (Output other : outputs.subList(0, i)) {
                if (sameFile(other.target(), out.target())) {
                    throw new BadOptionException(out.option() + " and " + other.option() + " name the same file, "
                            + out.target());
                }
            }
            checkLocation(out);
        }
    }

    /**
     * Refuses the output of {@code option} if its file system has less than {@code bytes} free,
     * counting the other outputs already required on the same file system.
     *
     * @throws BadOptionException naming the option, the path and both sizes
     */
    void requireSpace(Map<String, Long> bytesByOption) throws IOException {
        Map<FileStore, Long> needed = new LinkedHashMap<>();
        for (Output out : outputs) {
            Long bytes = bytesByOption.get(out.option());
            if (bytes == null) {
                continue;
            }
            FileStore store = Files.getFileStore(out.target().getParent());
            long total = needed.merge(store, bytes, Long::sum);
            long usable = store.getUsableSpace();
            if (usable < total) {
                throw new BadOptionException(String.format(Locale.ROOT, "%s %s: about %,d MB needed but only %,d MB"
                        + " free there", out.option(), out.target(), megabytes(total), megabytes(usable)));
            }
        }
    }

    /** Where the command writes the output it declared for {@code option}. */
    Path temporary(String option) {
        for (Output out : outputs) {
            if (out.option().equals(option)) {
                return out.temporary();
            }
        }
        throw new IllegalArgumentException("no output declared for " + option);
    }

    /**
     * Moves every written temporary over its target. If a move fails, the targets already replaced
     * get their earlier content back (or are removed if they had none) and the exception says so.
     *
     * @throws IOException if a temporary is missing or a move fails
     */
    void commit() throws IOException {
        List<Output> moved = new ArrayList<>();
        Map<Output, Path> backups = new LinkedHashMap<>();
        try {
            for (Output out : outputs) {
                if (!Files.isRegularFile(out.temporary())) {
                    throw new IOException(out.option() + " " + out.target() + " was not written");
                }
            }
            for (Output out : outputs) {
                if (Files.exists(out.target())) {
                    Path backup = out.temporary().resolveSibling(out.temporary().getFileName() + ".old");
                    backups.put(out, backup(out.target(), backup));
                }
                Files.move(out.temporary(), out.target(), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                moved.add(out);
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw new IOException(e.getMessage() + "; " + undo(moved, backups), e);
        } finally {
            for (Path backup : backups.values()) {
                Files.deleteIfExists(backup);
            }
        }
        committed = true;
    }

    /** A hard link to {@code target}, which costs nothing, or a copy where links are not supported. */
    private static Path backup(Path target, Path backup) throws IOException {
        try {
            return Files.createLink(backup, target);
        } catch (UnsupportedOperationException | IOException e) {
            return Files.copy(target, backup);
        }
    }

    /** Puts back the targets of {@code moved}; says what it did, for the error message. */
    private static String undo(List<Output> moved, Map<Output, Path> backups) {
        if (moved.isEmpty()) {
            return "no output was changed";
        }
        List<String> done = new ArrayList<>();
        for (Output out : moved) {
            Path backup = backups.get(out);
            try {
                if (backup != null) {
                    Files.move(backup, out.target(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    done.add(out.target() + " restored");
                } else {
                    Files.deleteIfExists(out.target());
                    done.add(out.target() + " removed");
                }
            } catch (IOException e) {
                done.add(out.target() + " could not be put back (" + e.getMessage() + ")");
            }
        }
        return "outputs already moved were put back: " + String.join(", ", done);
    }

    /** Deletes the temporaries unless committed. */
    @Override
    public void close() throws IOException {
        if (committed) {
            return;
        }
        for (Output out : outputs) {
            Files.deleteIfExists(out.temporary());
        }
    }

    private static void checkLocation(Output out) throws IOException {
        Path folder = out.target().getParent();
        if (!Files.isDirectory(folder)) {
            throw new BadOptionException(out.option() + " " + out.target() + ": the folder " + folder
                    + (Files.exists(folder) ? " is not a folder" : " does not exist"));
        }
        if (Files.isDirectory(out.target())) {
            throw new BadOptionException(out.option() + " " + out.target() + " is a folder; give a file name");
        }
        try {
            Files.createFile(out.temporary());
            Files.delete(out.temporary());
        } catch (IOException e) {
            throw new BadOptionException(out.option() + " " + out.target() + ": cannot create a file in " + folder
                    + " (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + ")");
        }
    }

    /**
     * Whether {@code a} and {@code b} are one file: {@link Files#isSameFile} when both exist (which
     * sees through symbolic and hard links), else the same real path.
     */
    static boolean sameFile(Path a, Path b) throws IOException {
        if (Files.exists(a) && Files.exists(b)) {
            return Files.isSameFile(a, b);
        }
        return realPath(a).equals(realPath(b));
    }

    /** The real path of the deepest existing ancestor, with the rest of {@code path} after it. */
    private static Path realPath(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? absolute : existing.toRealPath().resolve(existing.relativize(absolute));
    }

    private static long megabytes(long bytes) {
        return (bytes + 999_999) / 1_000_000;
    }
}
