package io.textkit.app.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The models one server answers with, by name, in the order given; the first is the default. */
public final class ModelRegistry {
    private final Map<String, ServedModel> byName = new LinkedHashMap<>();

    /**
     * @throws IllegalArgumentException if there is no model or two share a name
     */
    public ModelRegistry(List<ServedModel> models) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("give at least one --model");
        }
        for (ServedModel model : models) {
            if (byName.putIfAbsent(model.name(), model) != null) {
                throw new IllegalArgumentException("two models are named " + model.name()
                        + "; name them apart with --model NAME=FILE");
            }
        }
    }

    /** The model {@code /v1/classify} answers with. */
    public ServedModel defaultModel() {
        return byName.values().iterator().next();
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
