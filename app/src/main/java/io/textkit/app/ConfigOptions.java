package io.textkit.app;

import io.textkit.core.config.Configs;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The config fields one command's options set, each remembered with the option that set it, so
 * that a value the config's constructor refuses is reported under that option as the user typed
 * it ({@code -min-count must be ≥ 1}) and not under the Java field ({@code minCount}), with exit
 * code 2.
 */
final class ConfigOptions {
    private final CommandSpec spec;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, String> options = new LinkedHashMap<>();

    ConfigOptions(CommandSpec spec) {
        this.spec = spec;
    }

    /** Field {@code field} takes {@code value} from the option called {@code option} (any of its names). */
    ConfigOptions put(String option, String field, Object value) {
        values.put(field, value);
        options.put(field, CommandOptions.typed(spec, option));
        return this;
    }

    /** The {@code --set FIELD=VALUE} pairs, which win over the options put before. */
    ConfigOptions putSettings(Map<String, String> settings) {
        settings.forEach((field, value) -> {
            values.put(field, value);
            options.put(field, "--set " + field);
        });
        return this;
    }

    /** Whether a field was put, by an option or by {@code --set}. */
    boolean has(String field) {
        return values.containsKey(field);
    }

    /**
     * {@code defaults} with the fields put.
     *
     * @throws BadOptionException naming the option whose value the config refuses: the first that
     *                            the defaults refuse alone, or else every option the message names
     */
    <T> T applyTo(T defaults) {
        try {
            return Configs.with(defaults, values);
        } catch (IllegalArgumentException combined) {
            for (Map.Entry<String, Object> field : values.entrySet()) {
                try {
                    Configs.with(defaults, Map.of(field.getKey(), field.getValue()));
                } catch (IllegalArgumentException alone) {
                    throw new BadOptionException(refusal(alone.getMessage(), field.getKey()));
                }
            }
            String message = combined.getMessage();
            for (String field : values.keySet()) {
                if (!options.get(field).startsWith("--set ")) {
                    message = underOption(message, field);
                }
            }
            throw new BadOptionException(message);
        }
    }

    /**
     * The message of a value refused alone, under its option: {@code "dim must be ≥ 1"} becomes
     * {@code "-size must be ≥ 1"}, any other message is prefixed with the option.
     */
    private String refusal(String message, String field) {
        String option = options.get(field);
        if (!option.startsWith("--set ") && message.startsWith(field + " ")) {
            return option + message.substring(field.length());
        }
        return option + ": " + message;
    }

    /** A message about several fields with each one's name replaced by its option's. */
    private String underOption(String message, String field) {
        String option = options.get(field);
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(field) + "(?![\\w-])").matcher(message)
                .replaceAll(Matcher.quoteReplacement(option));
    }
}
