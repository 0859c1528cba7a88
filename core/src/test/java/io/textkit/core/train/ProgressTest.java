package io.textkit.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void logModePrintsRateAndEtaEveryInterval() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong clock = new AtomicLong();
        try (Progress p = Progress.start("epoch 1/2", 1000, "ex", new PrintStream(bytes, true, StandardCharsets.UTF_8),
                false, 10, clock::get)) {
            clock.set(5_000_000_000L);
            p.advance(100);
            clock.set(10_000_000_000L);
            p.status("loss 0.500");
            p.advance(100);
        }
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length, String.join("|", lines));
        assertEquals("epoch 1/2  20% 200/1,000 ex  20 ex/s  ETA 0:40  loss 0.500", lines[0]);
        assertTrue(lines[1].endsWith("in 0:10  loss 0.500"), lines[1]);
    }

    @Test
    void terminalModeRedrawsOneLineWithABar() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong clock = new AtomicLong();
        Progress p = Progress.start("train", 4, "batches", new PrintStream(bytes, true, StandardCharsets.UTF_8), true, 10,
                clock::get);
        clock.set(1_000_000_000L);
        p.advance(2);
        p.close();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("\rtrain [============            ]  50% 2/4 batches"), out);
        assertTrue(out.endsWith("\n"));
    }

    @Test
    void clockTimeFormats() {
        assertEquals("0:05", Progress.clockTime(5));
        assertEquals("2:03", Progress.clockTime(123));
        assertEquals("1:00:01", Progress.clockTime(3601));
    }
}
