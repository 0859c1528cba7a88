package io.textkit.app;

import io.textkit.corpora.download.DataHome;
import io.textkit.corpora.download.Dataset;
import io.textkit.corpora.download.DatasetFile;
import io.textkit.corpora.download.Downloader;
import io.textkit.corpora.download.Manifest;
import io.textkit.corpora.download.Unpacker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code textkit corpora get NAME...}: downloads and verifies datasets, unpacks the archives that the
 * manifest says to, and prints where each file and folder went.
 */
@Command(name = "get", mixinStandardHelpOptions = true,
        description = "Download the named datasets into the data home, verifying each file's size and SHA-256; "
            + "an interrupted download resumes where it stopped. Archives the manifest marks are then unpacked "
            + "beside them.")
final class CorporaGetCommand extends CommandOutput implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", arity = "1..*", description = "Dataset names, as `textkit corpora list` shows them.")
    List<String> names;

    @Option(names = "--force", description = "Replace files that are present with other content than the manifest's, "
            + "and replace folders that were not unpacked from the manifest's archive.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        Manifest manifest = Manifest.standard();
        // Every name is checked before anything is downloaded, so a typo costs nothing.
        List<Dataset> wanted = new ArrayList<>();
        for (String name : names) {
            wanted.add(manifest.get(name));
        }
        Downloader downloader = new Downloader(DataHome.resolve(), true);
        Unpacker unpacker = new Unpacker(downloader.home());
        for (Dataset d : wanted) {
            out().printf(Locale.ROOT, "%s (%s)%n", d.name(), d.licence());
            for (DatasetFile f : d.files()) {
                Downloader.Outcome outcome = downloader.fetch(f, force);
                out().printf(Locale.ROOT, "  %s  %s%n", f.target(downloader.home()), describe(outcome));
                if (f.unpack() != null) {
                    Unpacker.Outcome unpacked = unpacker.unpack(f, force);
                    out().printf(Locale.ROOT, "  %s  %s%n", f.unpackTarget(downloader.home()),
                            unpacked == Unpacker.Outcome.UNPACKED ? "unpacked" : "already unpacked");
                }
                out().flush();
            }
        }
        return 0;
    }

    private static String describe(Downloader.Outcome outcome) {
        return switch (outcome) {
            case DOWNLOADED -> "downloaded, verified";
            case RESUMED -> "resumed, verified";
            case ALREADY_PRESENT -> "already present, verified";
        };
    }
}
