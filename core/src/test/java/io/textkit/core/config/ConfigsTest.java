package io.textkit.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One config record read, written and overridden by {@link Configs}, and the errors it gives. */
class ConfigsTest {

    enum Shape { ROUND, NON_ROUND }

    @JsonIgnoreProperties(value = "note", allowGetters = true)
    record ToyConfig(int dim, @JsonAlias("lr") double learningRate, long seed, boolean fast, Shape shape,
            List<Integer> widths, @WhenAbsent("false") boolean added) {
        ToyConfig {
            Check.positive("dim", dim);
            Check.positive("learningRate", learningRate);
            widths = List.copyOf(widths);
        }

        static ToyConfig defaults() {
            return new ToyConfig(4, 0.1, 1, true, Shape.ROUND, List.of(3, 4), true);
        }

        @JsonProperty("note")
        String note() {
            return "for information";
        }
    }

    @Test
    void readsBackWhatItWrote() {
        ToyConfig config = new ToyConfig(7, 0.25, Long.MAX_VALUE, false, Shape.NON_ROUND, List.of(1), false);
        ObjectNode json = Configs.toJson(config);
        assertEquals("for information", json.get("note").asText());
        assertEquals(config, Configs.fromJson(ToyConfig.class, json));
    }

    @Test
    void readsOldNamesAndFillsFieldsOldFilesLack() {
        ObjectNode old = Configs.toJson(ToyConfig.defaults());
        old.remove("added");
        old.set("lr", old.remove("learningRate"));
        assertEquals(Configs.with(ToyConfig.defaults(), "added", false), Configs.fromJson(ToyConfig.class, old));
    }

    @Test
    void setsFieldsByNameFromText() {
        ToyConfig set = Configs.with(ToyConfig.defaults(), Map.of("dim", "9", "learningRate", " 0.5", "seed", "-3",
                "fast", "false", "shape", "non-round", "widths", "2, 5"));
        assertEquals(new ToyConfig(9, 0.5, -3, false, Shape.NON_ROUND, List.of(2, 5), true), set);
        assertEquals(set, Configs.with(ToyConfig.defaults(), Map.of("dim", 9, "learningRate", 0.5, "seed", -3L,
                "fast", false, "shape", Shape.NON_ROUND, "widths", List.of(2, 5))));
    }

    @Test
    void refusesByNameWhatItCannotSet() {
        ToyConfig config = ToyConfig.defaults();
        assertEquals("toy has no field 'lr'; fields: dim, learningRate, seed, fast, shape, widths, added",
                message(() -> Configs.with(config, "lr", "0.1")));
        assertEquals("toy has no field 'note'; fields: dim, learningRate, seed, fast, shape, widths, added",
                message(() -> Configs.with(config, "note", "x")));
        assertEquals("toy field 'dim': 'many' is not an integer", message(() -> Configs.with(config, "dim", "many")));
        assertEquals("toy field 'dim': '2.5' is not an integer", message(() -> Configs.with(config, "dim", "2.5")));
        assertEquals("toy field 'fast': 'yes' is not true or false",
                message(() -> Configs.with(config, "fast", "yes")));
        assertEquals("toy field 'shape': 'square' is not one of round, non-round",
                message(() -> Configs.with(config, "shape", "square")));
        assertEquals("toy field 'widths': '3,x' is not a comma-separated list of integers",
                message(() -> Configs.with(config, "widths", "3,x")));
        assertEquals("dim must be ≥ 1, got 0", message(() -> Configs.with(config, "dim", "0")));
        assertEquals("learningRate must be finite and > 0, got NaN",
                message(() -> Configs.with(config, "learningRate", "NaN")));
    }

    @Test
    void refusesByNameAMalformedFile() {
        assertEquals("toy config: field 'dim' is missing", message(() -> file(j -> j.remove("dim"))));
        assertEquals("toy config: field 'dim' must be an integer, got \"4\"",
                message(() -> file(j -> j.put("dim", "4"))));
        assertEquals("toy config: field 'dim' must be an integer, got 4.5",
                message(() -> file(j -> j.put("dim", 4.5))));
        assertEquals("toy config: field 'seed' must be an integer, got null",
                message(() -> file(j -> j.putNull("seed"))));
        assertEquals("toy config: field 'fast' must be true or false, got 1",
                message(() -> file(j -> j.put("fast", 1))));
        assertEquals("toy config: field 'shape' must be one of round, non-round, got \"SQUARE\"",
                message(() -> file(j -> j.put("shape", "SQUARE"))));
        assertEquals("toy config has no field 'extra'; fields: dim, learningRate, seed, fast, shape, widths, added",
                message(() -> file(j -> j.put("extra", 1))));
        assertEquals("dim must be ≥ 1, got -1", message(() -> file(j -> j.put("dim", -1))));
    }

    private static ToyConfig file(java.util.function.Consumer<ObjectNode> edit) {
        ObjectNode json = Configs.toJson(ToyConfig.defaults());
        edit.accept(json);
        return Configs.fromJson(ToyConfig.class, json);
    }

    private static String message(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }
}
