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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code textkit subword encode}: one output line per input line, ids or pieces separated by
 * spaces, as {@code spm_encode} writes them. The time spent in encoding alone (wall clock and the
 * thread's CPU time) and the CPU time of the whole loop go to standard error: on a busy machine the CPU time is the
 * steadier measure.
 */
@Command(name = "encode", mixinStandardHelpOptions = true,
        description = {"Encode text line by line into subword ids (or pieces with --pieces), one output line per input line.",
            "Reads FILE (plain, gzip or bzip2) or standard input; prints the encoding rate to standard error."})
final class SubwordEncodeCommand extends CommandOutput implements Callable<Integer> {
    @Option(names = {"-m", "--model"}, required = true, description = "The folder 'subword learn' wrote, or its subword.json.")
    Path model;

    @Option(names = "--pieces", description = "Write the pieces instead of their ids.")
    boolean pieces;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Text to encode; standard input when absent.")
    Path file;

    @Override
    public Integer call() throws IOException {
        SubwordVocabulary vocabulary = SubwordModelFiles.read(model);
        long lines = 0;
        long tokens = 0;
        long nanos = 0;
        long encodeCpu = 0;
        PrintWriter out = out();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        StringBuilder line = new StringBuilder();
        try (LineReader in = file == null ? TextFiles.openPlainLines(System.in, "standard input")
                : TextFiles.openLines(file, MalformedInput.REPORT)) {
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                long start = System.nanoTime();
                long cpuBefore = threads.getCurrentThreadCpuTime();
                int[] ids = vocabulary.encode(text);
                encodeCpu += threads.getCurrentThreadCpuTime() - cpuBefore;
                nanos += System.nanoTime() - start;
                line.setLength(0);
                if (pieces) {
                    List<String> strings = vocabulary.encodeToStrings(text);
                    line.append(String.join(" ", strings));
                } else {
                    for (int i = 0; i < ids.length; i++) {
                        if (i > 0) {
                            line.append(' ');
                        }
                        line.append(ids[i]);
                    }
                }
                line.append('\n');
                out.append(line);
                lines++;
                tokens += ids.length;
            }
        }
        out.flush();
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        err().printf(Locale.ROOT, "encoded %,d lines into %,d tokens; encoding alone took %.3f s (%,.0f tokens/s) and %.3f s "
                + "of CPU (%,.0f tokens/s); reading, encoding and writing took %.3f s of CPU (%,.0f tokens/s)%n",
                lines, tokens, nanos / 1e9, tokens / Math.max(1e-9, nanos / 1e9), encodeCpu / 1e9,
                tokens / Math.max(1e-9, encodeCpu / 1e9), cpu, tokens / Math.max(1e-9, cpu));
        return 0;
    }
}
