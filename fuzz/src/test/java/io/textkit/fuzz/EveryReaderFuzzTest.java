package io.textkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.textkit.app.serve.ClassifyRequestFuzzTest;
import io.textkit.core.io.ModelFileFuzzTest;
import java.io.IOException;

/**
 * Every fuzz target at once, each input given to every reader: the short fuzzing pass of
 * {@code ./run-tests}. Jazzer fuzzes one target per JVM, and starting twelve JVMs would cost more
 * than the pass itself; one JVM seeded with every target's seed corpus ({@code fuzz/run.sh
 * --all-seeds}) covers them all in a fixed time. A finding shows the reader at fault in its stack.
 * {@code bench/fuzz.sh} fuzzes the targets one by one instead, where each gets its own coverage.
 */
class EveryReaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void everyReader(byte[] bytes) throws IOException {
        new ModelFileFuzzTest().readModelFile(bytes);
        ModelLoadFuzzTest loaders = new ModelLoadFuzzTest();
        loaders.loadClassifier(bytes);
        loaders.loadVectors(bytes);
        Word2VecFormatsFuzzTest word2vec = new Word2VecFormatsFuzzTest();
        word2vec.readText(bytes);
        word2vec.readBinary(bytes);
        new VocabularyFuzzTest().loadVocabulary(bytes);
        CorpusFormatsFuzzTest corpora = new CorpusFormatsFuzzTest();
        corpora.readLabelled(bytes);
        corpora.readTextCorpora(bytes);
        ArchivesFuzzTest archives = new ArchivesFuzzTest();
        archives.unpackArchive(bytes);
        archives.readDocumentArchive(bytes);
        new ManifestFuzzTest().loadManifest(bytes);
        new ClassifyRequestFuzzTest().parseRequestBody(bytes);
    }
}
