package io.textkit.app;

import io.textkit.app.serve.ClassifyServer;
import io.textkit.app.serve.ModelRegistry;
import io.textkit.app.serve.ServedModel;
import io.textkit.app.serve.ServedTranslator;
import io.textkit.app.serve.ServerOptions;
import io.textkit.app.translate.Decoding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code textkit translate serve}: translators behind the JSON HTTP API of {@code classify serve},
 * on the same server with the same limits and error answers, optionally beside classifiers.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve translators over HTTP: POST /v1/translate {\"texts\": [...], \"beam\": 5, \"n_best\": 1},"
                + " GET /v1/models, GET /health, GET /metrics, GET /openapi.json; the same server, limits and"
                + " errors as classify serve.",
            "The decoding options are the defaults a request's beam and n_best change. Ctrl-C or SIGTERM stops"
                + " accepting and lets requests in flight finish."})
final class TranslateServeCommand extends CommandOutput implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "[NAME=]FILE",
            description = {"A translator model file, served as NAME (default: the file's name). Repeat for several;"
                + " the first is the one /v1/translate uses."})
    List<String> modelArgs;

    @Option(names = "--classifier", paramLabel = "[NAME=]FILE",
            description = "Also serve this classifier, on /v1/classify and /v1/models/NAME/classify. Repeatable.")
    List<String> classifierArgs = new ArrayList<>();

    @Mixin
    ServeOptions serve;

    @Mixin
    DecodingOptions decodingOptions;

    @Override
    public Integer call() throws Exception {
        CountDownLatch stopRequested = new CountDownLatch(1);
        try (Interruption stop = Interruption.onSignal(stopRequested::countDown); ClassifyServer server = start()) {
            List<String> names = Stream.concat(modelArgs.stream(), classifierArgs.stream())
                    .map(arg -> ClassifyServeCommand.NamedFile.parse(arg).name()).toList();
            out().println("serving " + String.join(", ", names) + " on " + server.url() + " (Ctrl-C to stop)");
            out().flush();
            stopRequested.await();
            out().println("stopping");
            out().flush();
        }
        return 0;
    }

    /** Loads the models and starts the server; the caller closes it. Tests call this directly. */
    ClassifyServer start() throws IOException {
        Decoding decoding = decodingOptions.decoding();
        if (decoding.mode() == Decoding.Mode.SAMPLING) {
            throw CommandOptions.invalid(spec, "--sampling", "is for translate repl; a server searches (greedy or beam)");
        }
        ServerOptions options = serve.serverOptions(out());
        List<ServedTranslator> translators = new ArrayList<>();
        for (String arg : modelArgs) {
            ClassifyServeCommand.NamedFile named = ClassifyServeCommand.NamedFile.parse(arg);
            translators.add(ServedTranslator.load(named.name(), named.file(), decoding));
        }
        List<ServedModel> classifiers = new ArrayList<>();
        for (String arg : classifierArgs) {
            ClassifyServeCommand.NamedFile named = ClassifyServeCommand.NamedFile.parse(arg);
            classifiers.add(ServedModel.load(named.name(), named.file()));
        }
        return ClassifyServer.start(new ModelRegistry(classifiers, translators), options, System.err);
    }
}
