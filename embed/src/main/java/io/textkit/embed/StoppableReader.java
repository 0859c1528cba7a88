package io.textkit.embed;

import io.textkit.core.train.TrainingStoppedException;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A reader of lines that throws {@link TrainingStoppedException} at the next line once its stop flag
 * is set, so that a trainer's reading passes end as soon as training would. Every read goes straight
 * to the wrapped reader; this one's own buffer is never filled.
 */
final class StoppableReader extends BufferedReader {
    private final BufferedReader in;
    private final AtomicBoolean stop;
    private final String phase;

    StoppableReader(BufferedReader in, AtomicBoolean stop, String phase) {
        super(in, 1);
        this.in = in;
        this.stop = stop;
        this.phase = phase;
    }

    @Override
    public String readLine() throws IOException {
        if (stop.get()) {
            throw new TrainingStoppedException(phase);
        }
        return in.readLine();
    }

    @Override
    public int read() throws IOException {
        return in.read();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        return in.read(buffer, offset, length);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
