package io.textkit.app.serve;

import java.util.List;

/**
 * The server's routes: each path template with its method. Metrics label requests by template, so
 * that model names in paths and unknown paths do not multiply the series. GET routes also answer HEAD.
 */
public enum Route {
    CLASSIFY("POST", "/v1/classify"),
    TRANSLATE("POST", "/v1/translate"),
    MODELS("GET", "/v1/models"),
    MODEL_CLASSIFY("POST", "/v1/models/{name}/classify"),
    MODEL_RELOAD("POST", "/v1/models/{name}/reload"),
    HEALTH("GET", "/health"),
    METRICS("GET", "/metrics"),
    OPENAPI("GET", "/openapi.json");

    private static final String MODEL_PREFIX = "/v1/models/";

    private final String method;
    private final String template;

    Route(String method, String template) {
        this.method = method;
        this.template = template;
    }

    /** The method the route takes; HEAD is also taken where this is GET. */
    public String method() {
        return method;
    }

    /** The path, with {@code {name}} where a model name goes. */
    public String template() {
        return template;
    }

    /** What a request for a route carries in its path. */
    record Match(Route route, String modelName) {}

    /**
     * The route of {@code path}, checking the method.
     *
     * @throws HttpError 404 for an unknown path, 405 for a method the route does not take
     */
    static Match match(String method, String path) throws HttpError {
        Match match = find(path);
        if (match == null) {
            throw new HttpError(404, "no such path: " + path + "; the routes are " + String.join(", ",
                    List.of(values()).stream().map(r -> r.method + " " + r.template).toList()));
        }
        Route route = match.route();
        boolean allowed = method.equals(route.method) || (method.equals("HEAD") && route.method.equals("GET"));
        if (!allowed) {
            throw new MethodNotAllowed(route, method + " is not allowed on " + path + "; use " + route.method);
        }
        return match;
    }

    private static Match find(String path) {
        for (Route route : values()) {
            if (route.template.equals(path)) {
                return new Match(route, null);
            }
        }
        if (path.startsWith(MODEL_PREFIX)) {
            String rest = path.substring(MODEL_PREFIX.length());
            int slash = rest.indexOf('/');
            if (slash > 0 && rest.indexOf('/', slash + 1) < 0) {
                String name = rest.substring(0, slash);
                return switch (rest.substring(slash)) {
                    case "/classify" -> new Match(MODEL_CLASSIFY, name);
                    case "/reload" -> new Match(MODEL_RELOAD, name);
                    default -> null;
                };
            }
        }
        return null;
    }

    /** A 405, which carries the methods to name in the answer's {@code Allow} header. */
    static final class MethodNotAllowed extends HttpError {
        private final Route route;
        private final String allow;

        MethodNotAllowed(Route route, String message) {
            super(405, message);
            this.route = route;
            this.allow = route.method.equals("GET") ? "GET, HEAD" : route.method;
        }

        Route route() {
            return route;
        }

        String allow() {
            return allow;
        }
    }
}
