package io.textkit.app;

import io.textkit.app.serve.ClassifyServer;
import io.textkit.app.serve.ModelRegistry;
import io.textkit.app.serve.ServedModel;
import io.textkit.app.serve.ServerOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sun.misc.Signal;

/** {@code textkit classify serve}: text classifiers behind a small JSON HTTP API. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve text classifiers over HTTP: POST /v1/classify {\"texts\": [...], \"top_k\": n}, "
            + "POST /v1/models/NAME/classify, POST /v1/models/NAME/reload, GET /v1/models, GET /health, "
            + "GET /metrics, GET /openapi.json.",
            "Ctrl-C or SIGTERM stops accepting and lets requests in flight finish; SIGHUP reloads every model."})
final class ClassifyServeCommand extends CommandOutput implements Callable<Integer> {
    /** A model name: safe in a URL path and a metrics label. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    @Option(names = "--model", required = true, paramLabel = "[NAME=]FILE",
            description = {"A classifier model file (.tkm), served as NAME (default: the file's name). "
                + "Repeat for several; the first is the one /v1/classify uses."})
    List<String> modelArgs;

    @Mixin
    ServeOptions serve;

    @Override
    public Integer call() throws Exception {
        CountDownLatch stopRequested = new CountDownLatch(1);
        try (Interruption stop = Interruption.onSignal(stopRequested::countDown); ClassifyServer server = start()) {
            Signal.handle(new Signal("HUP"), signal -> server.reloadAll());
            out().println("serving " + String.join(", ", modelNames()) + " on " + server.url() + " (Ctrl-C to stop)");
            out().flush();
            stopRequested.await();
            out().println("stopping");
            out().flush();
        }
        return 0;
    }

    /** Loads the models and starts the server; the caller closes it. Tests call this directly. */
    ClassifyServer start() throws IOException {
        ServerOptions options = serve.serverOptions(out());
        List<ServedModel> models = new ArrayList<>();
        for (String arg : modelArgs) {
            NamedFile named = NamedFile.parse(arg);
            models.add(ServedModel.load(named.name(), named.file()));
        }
        return ClassifyServer.start(new ModelRegistry(models), options, System.err);
    }

    private List<String> modelNames() {
        return modelArgs.stream().map(arg -> NamedFile.parse(arg).name()).toList();
    }

    /** A {@code --model} argument: {@code NAME=FILE}, or a bare file named after itself. */
    record NamedFile(String name, Path file) {
        static NamedFile parse(String arg) {
            int eq = arg.indexOf('=');
            if (eq > 0 && NAME.matcher(arg.substring(0, eq)).matches()) {
                return new NamedFile(arg.substring(0, eq), Path.of(arg.substring(eq + 1)));
            }
            Path file = Path.of(arg);
            String name = file.getFileName() == null ? arg : file.getFileName().toString();
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("--model " + arg + ": the file name " + name + " cannot name a "
                        + "model in a URL; give one with --model NAME=FILE (letters, digits, '.', '_', '-')");
            }
            return new NamedFile(name, file);
        }
    }
}
