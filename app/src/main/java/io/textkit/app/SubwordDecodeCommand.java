package io.textkit.app;

import io.textkit.corpora.LineReader;
import io.textkit.corpora.MalformedInput;
import io.textkit.corpora.TextFiles;
import io.textkit.tokenize.SubwordVocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code textkit subword decode}: ids, space-separated, one sequence per line, back into text. */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = "Decode lines of space-separated ids (as 'subword encode' writes them) back into text.")
final class SubwordDecodeCommand extends CommandOutput implements Callable<Integer> {
    @Option(names = {"-m", "--model"}, required = true, description = "The folder 'subword learn' wrote, or its subword.json.")
    Path model;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Ids to decode; standard input when absent.")
    Path file;

    @Override
    public Integer call() throws IOException {
        SubwordVocabulary vocabulary = SubwordModelFiles.read(model);
        String source = file == null ? "standard input" : file.toString();
        try (LineReader in = file == null ? TextFiles.openPlainLines(System.in, source) : TextFiles.openLines(file, MalformedInput.REPORT)) {
            long number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                String[] fields = line.isBlank() ? new String[0] : line.strip().split(" +");
                int[] ids = new int[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    try {
                        ids[i] = Integer.parseInt(fields[i]);
                    } catch (NumberFormatException e) {
                        throw new BadOptionException(source + ", line " + number + ": '" + fields[i] + "' is not an id");
                    }
                    if (ids[i] < 0 || ids[i] >= vocabulary.size()) {
                        throw new BadOptionException(source + ", line " + number + ": id " + ids[i]
                                + " is outside the vocabulary's 0 to " + (vocabulary.size() - 1));
                    }
                }
                out().append(vocabulary.decode(ids)).append('\n');
            }
        }
        out().flush();
        return 0;
    }
}
