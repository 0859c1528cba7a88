package io.textkit.core.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a config field that model files written before it existed lack, and the value such a file
 * means, written as {@code --set} takes it: the value the models in those files were trained with,
 * which need not be today's default. A field without it is required in a model file.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface WhenAbsent {
    /** The value, as {@link Configs#with(Object, java.util.Map)} parses it from text. */
    String value();
}
