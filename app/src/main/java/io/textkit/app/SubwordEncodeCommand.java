package io.textkit.app;

import io.textkit.corpora.LineReader;
import io.textkit.corpora.MalformedInput;
import io.textkit.corpora.TextFiles;
import io.textkit.tokenize.SubwordVocabulary;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code textkit subword encode}: one output line per input line, ids or pieces separated by
 * spaces, as {@code spm_encode} writes them. Lines are read and encoded in batches so that the
 * encoding alone can be timed, by the wall clock and by the thread's CPU time (the steadier measure
 * on a busy machine), without a clock reading per line; both go to standard error.
 */
@Command(name = "encode", mixinStandardHelpOptions = true,
        description = {"Encode text line by line into subword ids (or pieces with --pieces), one output line per input line.",
            "Reads FILE (plain, gzip or bzip2) or standard input; prints the encoding rate to standard error."})
final class SubwordEncodeCommand extends CommandOutput implements Callable<Integer> {
    /** Lines per batch: enough to time the encoding without reading the clocks for every line. */
    private static final int BATCH = 4096;

    @Option(names = {"-m", "--model"}, required = true, description = "The folder 'subword learn' wrote, or its subword.json.")
    Path model;

    @Option(names = "--pieces", description = "Write the pieces instead of their ids.")
    boolean pieces;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Text to encode; standard input when absent.")
    Path file;

    @Override
    public Integer call() throws IOException {
        SubwordVocabulary vocabulary = SubwordModelFiles.read(model);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long lines = 0;
        long tokens = 0;
        long wallNanos = 0;
        long cpuNanos = 0;
        PrintWriter out = out();
        List<String> batch = new ArrayList<>(BATCH);
        int[][] encoded = new int[BATCH][];
        try (LineReader in = file == null ? TextFiles.openPlainLines(System.in, "standard input")
                : TextFiles.openLines(file, MalformedInput.REPORT)) {
            boolean more = true;
            while (more) {
                batch.clear();
                for (String text = in.readLine(); text != null; text = batch.size() < BATCH ? in.readLine() : null) {
                    batch.add(text);
                }
                more = batch.size() == BATCH;
                long wall = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < batch.size(); i++) {
                    encoded[i] = vocabulary.encode(batch.get(i));
                }
                cpuNanos += threads.getCurrentThreadCpuTime() - cpu;
                wallNanos += System.nanoTime() - wall;
                for (int i = 0; i < batch.size(); i++) {
                    write(out, vocabulary, encoded[i]);
                    tokens += encoded[i].length;
                }
                lines += batch.size();
                out.flush();
            }
        }
        err().printf(Locale.ROOT, "encoded %,d lines into %,d tokens; encoding alone took %.3f s (%,.0f tokens/s) and %.3f s "
                + "of CPU (%,.0f tokens/s)%n", lines, tokens, wallNanos / 1e9, tokens / Math.max(1e-9, wallNanos / 1e9),
                cpuNanos / 1e9, tokens / Math.max(1e-9, cpuNanos / 1e9));
        return 0;
    }

    private void write(PrintWriter out, SubwordVocabulary vocabulary, int[] ids) {
        for (int i = 0; i < ids.length; i++) {
            if (i > 0) {
                out.write(' ');
            }
            out.write(pieces ? vocabulary.token(ids[i]) : Integer.toString(ids[i]));
        }
        out.write('\n');
    }
}
