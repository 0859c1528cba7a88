package io.textkit.app;

import io.textkit.corpora.LabelledFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --format} values as written on a command line: {@code label-tab-text} for {@code LABEL_TAB_TEXT}. */
final class LabelledFormatConverter implements ITypeConverter<LabelledFormat> {
    /** The formats as the option accepts them, for help and error messages. */
    static final String NAMES = Arrays.stream(LabelledFormat.values())
            .map(LabelledFormatConverter::name).collect(Collectors.joining(", "));

    @Override
    public LabelledFormat convert(String value) {
        for (LabelledFormat format : LabelledFormat.values()) {
            if (name(format).equals(value.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new TypeConversionException("unknown format '" + value + "'; known formats: " + NAMES);
    }

    private static String name(LabelledFormat format) {
        return format.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
