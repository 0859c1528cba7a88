package io.textkit.app.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The models one server answers with, by name, in the order given: classifiers, the first of which
 * {@code /v1/classify} uses, and translators, the first of which {@code /v1/translate} uses. A
 * server may hold either kind or both.
 */
public final class ModelRegistry {
    private final Map<String, ServedModel> byName = new LinkedHashMap<>();
    private final List<ServedTranslator> translators;

    /**
     * Classifiers only.
     *
     * @throws IllegalArgumentException if there is no model or two share a name
     */
    public ModelRegistry(List<ServedModel> models) {
        this(models, List.of());
    }

    /**
     * Classifiers and translators.
     *
     * @throws IllegalArgumentException if there is no model at all or two share a name
     */
    public ModelRegistry(List<ServedModel> models, List<ServedTranslator> translators) {
        if (models.isEmpty() && translators.isEmpty()) {
            throw new IllegalArgumentException("give at least one --model");
        }
        this.translators = List.copyOf(translators);
        for (ServedTranslator translator : translators) {
            if (translators.stream().filter(t -> t.name().equals(translator.name())).count() > 1) {
                throw new IllegalArgumentException("two models are named " + translator.name()
                        + "; name them apart with --model NAME=FILE");
            }
        }
        for (ServedModel model : models) {
            if (byName.putIfAbsent(model.name(), model) != null) {
                throw new IllegalArgumentException("two models are named " + model.name()
                        + "; name them apart with --model NAME=FILE");
            }
        }
    }

    /** The model {@code /v1/classify} answers with, or null when no classifier is served. */
    public ServedModel defaultModel() {
        return byName.isEmpty() ? null : byName.values().iterator().next();
    }

    /** The classifier {@code /v1/classify} answers with. */
    ServedModel defaultClassifier() throws HttpError {
        ServedModel model = defaultModel();
        if (model == null) {
            throw new HttpError(404, "this server serves no classifier; POST /v1/translate translates");
        }
        return model;
    }

    /** The translators, the one {@code /v1/translate} uses first. */
    public List<ServedTranslator> translators() {
        return translators;
    }

    /** The translator {@code /v1/translate} answers with. */
    ServedTranslator defaultTranslator() throws HttpError {
        if (translators.isEmpty()) {
            throw new HttpError(404, "this server serves no translator; start one with textkit translate serve");
        }
        return translators.get(0);
    }

    /** All models, the default first. */
    public List<ServedModel> all() {
        return new ArrayList<>(byName.values());
    }

    /**
     * The model named {@code name}.
     *
     * @throws HttpError 404 listing the names there are
     */
    ServedModel get(String name) throws HttpError {
        ServedModel model = byName.get(name);
        if (model == null) {
            throw new HttpError(404, "no model named " + name + "; the models are " + String.join(", ", byName.keySet()));
        }
        return model;
    }
}
