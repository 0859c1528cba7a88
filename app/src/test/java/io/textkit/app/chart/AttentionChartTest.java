package io.textkit.app.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The attention image is written as a real PNG or SVG file, named by its extension. */
class AttentionChartTest {
    private static final List<String> SOURCE = List.of("ich", "bin", "ich", "da");
    private static final List<String> TARGET = List.of("I", "am", "here", "</s>");
    private static final float[][] ATTENTION = {
        {0.9f, 0.05f, 0.0f, 0.05f},
        {0.2f, 0.6f, 0.1f, 0.1f},
        {0.0f, 0.3f, 0.05f, 0.65f},
        {0.25f, 0.25f, 0.25f, 0.25f},
    };

    @TempDir
    Path dir;

    @Test
    void pngHasThePngSignature() throws IOException {
        Path file = dir.resolve("attention.png");
        AttentionChart.write(file, SOURCE, TARGET, ATTENTION);
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(bytes.length > 1000, "PNG of " + bytes.length + " bytes");
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        assertArrayEquals(signature, Arrays.copyOf(bytes, 8));
    }

    @Test
    void svgIsAnSvgDocumentNamingTheTokens() throws IOException {
        Path file = dir.resolve("attention.svg");
        AttentionChart.write(file, SOURCE, TARGET, ATTENTION);
        String svg = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<?xml"), svg.substring(0, Math.min(80, svg.length())));
        assertTrue(svg.contains("<svg"));
        assertTrue(svg.length() > 1000, "SVG of " + svg.length() + " characters");
        try (var files = Files.list(dir)) {
            assertTrue(files.allMatch(p -> p.equals(file)), "no temporary file left behind");
        }
    }

    @Test
    void otherExtensionsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AttentionChart.write(dir.resolve("attention.jpg"), SOURCE, TARGET, ATTENTION));
        assertTrue(e.getMessage().contains(".png or .svg"), e.getMessage());
    }
}
