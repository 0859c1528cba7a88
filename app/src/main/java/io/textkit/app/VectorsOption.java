package io.textkit.app;

import io.textkit.embed.VectorFiles;
import io.textkit.embed.WordVectors;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code -vectors FILE} option shared by the commands that query word vectors. */
final class VectorsOption {
    @Option(names = {"-vectors", "--vectors"}, required = true, paramLabel = "FILE",
            description = "Word vectors: word2vec text (.vec, .txt), word2vec binary (.bin) or a textkit model file.")
    Path file;

    WordVectors load() throws IOException {
        return VectorFiles.read(file);
    }
}
