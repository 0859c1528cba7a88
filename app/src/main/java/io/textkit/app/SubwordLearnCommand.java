package io.textkit.app;

import io.textkit.corpora.LineReader;
import io.textkit.corpora.MalformedInput;
import io.textkit.corpora.TextFiles;
import io.textkit.tokenize.BpeVocabulary;
import io.textkit.tokenize.SpecialTokens;
import io.textkit.tokenize.SubwordSettings;
import io.textkit.tokenize.SubwordText;
import io.textkit.tokenize.SubwordVocabulary;
import io.textkit.tokenize.Vocabulary;
import io.textkit.tokenize.WordPieceVocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code textkit subword learn}: counts the words of text files and learns a vocabulary from them. */
@Command(name = "learn", mixinStandardHelpOptions = true,
        description = {"Learn a subword vocabulary from text files (plain, gzip or bzip2), read line by line.",
            "Writes OUTPUT/vocab.txt (one token per line), OUTPUT/merges.txt (BPE) and OUTPUT/subword.json, all or none."})
final class SubwordLearnCommand extends CommandOutput implements Callable<Integer> {
    enum Kind { bpe, wordpiece }

    enum Specials { sentencepiece, bert }

    @Option(names = "--type", defaultValue = "bpe", description = "bpe or wordpiece. Default: ${DEFAULT-VALUE}.")
    Kind kind;

    @Option(names = "--vocab-size", defaultValue = "8000", description = "Ids wanted, specials included. Default: ${DEFAULT-VALUE}.")
    int vocabularySize;

    @Option(names = "--min-frequency", defaultValue = "2", description = "Fewest occurrences of a pair still merged. Default: ${DEFAULT-VALUE}.")
    int minFrequency;

    @Option(names = "--specials", description = "sentencepiece (<pad> <unk> <s> </s>) or bert ([PAD] [UNK] [CLS] [SEP] [MASK]). "
            + "Default: sentencepiece for bpe, bert for wordpiece.")
    Specials specials;

    @Option(names = "--max-chars", defaultValue = "100", description = "WordPiece: longer words are [UNK]. Default: ${DEFAULT-VALUE}.")
    int maxChars;

    @Option(names = {"-o", "--output"}, required = true, description = "Folder to write the vocabulary into.")
    Path output;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Training text, one sentence or paragraph per line.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        CommandOptions.atLeast(spec, "--vocab-size", vocabularySize, 10);
        CommandOptions.positive(spec, "--min-frequency", minFrequency);
        CommandOptions.positive(spec, "--max-chars", maxChars);
        Specials chosen = specials != null ? specials : kind == Kind.bpe ? Specials.sentencepiece : Specials.bert;
        SubwordSettings settings = new SubwordSettings(vocabularySize, minFrequency,
                chosen == Specials.bert ? SpecialTokens.BERT : SpecialTokens.SENTENCEPIECE);
        Files.createDirectories(output);
        boolean bpe = kind == Kind.bpe;
        try (OutputFiles outputs = new OutputFiles()) {
            for (Path file : files) {
                outputs.input("FILE", file);
            }
            outputs.output(SubwordModelFiles.VOCABULARY, output.resolve(SubwordModelFiles.VOCABULARY))
                    .output(SubwordModelFiles.JSON, output.resolve(SubwordModelFiles.JSON))
                    .output(SubwordModelFiles.MERGES, bpe ? output.resolve(SubwordModelFiles.MERGES) : null)
                    .check();
            long start = System.nanoTime();
            Vocabulary.Counter counter = Vocabulary.counter();
            for (Path file : files) {
                try (LineReader reader = TextFiles.openLines(file, MalformedInput.REPORT)) {
                    SubwordText.countWords(lines(reader), counter);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
            double counted = (System.nanoTime() - start) / 1e9;
            SubwordVocabulary vocabulary = bpe
                    ? BpeVocabulary.learn(counter, settings)
                    : WordPieceVocabulary.learn(counter, settings, maxChars);
            double learned = (System.nanoTime() - start) / 1e9 - counted;
            SubwordModelFiles.write(vocabulary, outputs.temporary(SubwordModelFiles.VOCABULARY),
                    bpe ? outputs.temporary(SubwordModelFiles.MERGES) : null, outputs.temporary(SubwordModelFiles.JSON));
            outputs.commit();
            err().printf(Locale.ROOT, "counted %,d words (%,d distinct) in %.2f s; learned %,d tokens in %.2f s; wrote %s%n",
                    counter.total(), counter.distinct(), counted, vocabulary.size(), learned, output);
        }
        return 0;
    }

    private static Iterator<String> lines(LineReader reader) {
        return new Iterator<>() {
            private String next = read();

            private String read() {
                try {
                    return reader.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public String next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                String line = next;
                next = read();
                return line;
            }
        };
    }
}
