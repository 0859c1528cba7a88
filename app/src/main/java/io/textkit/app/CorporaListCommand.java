package io.textkit.app;

import io.textkit.corpora.download.DataHome;
import io.textkit.corpora.download.Dataset;
import io.textkit.corpora.download.DatasetFile;
import io.textkit.corpora.download.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code textkit corpora list}: each dataset with its size, licence and whether it is in the data home. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the downloadable datasets: name, size, present or absent in the data home, licence.")
final class CorporaListCommand extends CommandOutput implements Callable<Integer> {
    @Override
    public Integer call() throws IOException {
        Path home = DataHome.resolve();
        out().println("data home: " + home);
        for (Dataset d : Manifest.standard().datasets()) {
            out().printf(Locale.ROOT, "%-16s %10s  %-7s  %s%n", d.name(), megabytes(d.size()), state(d, home), d.licence());
            out().printf(Locale.ROOT, "%-16s %s%n", "", d.description());
        }
        return 0;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    /**
     * Judged by file sizes, not hashes, so that listing stays instant; {@code corpora get} verifies
     * the content.
     */
    private static String state(Dataset d, Path home) throws IOException {
        int present = 0;
        for (DatasetFile f : d.files()) {
            Path target = f.target(home);
            if (Files.isRegularFile(target) && Files.size(target) == f.size()) {
                present++;
            }
        }
        return present == d.files().size() ? "present" : present == 0 ? "absent" : "partial";
    }
}
