package io.textkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.textkit.app.serve.ClassifyServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Several models from one server, by name, and reloading them from disk: a good file swaps in, a
 * corrupt or missing one leaves the old model serving and says why, and requests in flight during
 * reloads all succeed.
 */
@Timeout(120)
class ServeSeveralModelsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path posNeg;
    Path yesNo;
    Path swapped;
    ClassifyServer server;
    ServeTestClient client;

    @BeforeEach
    void start() throws Exception {
        posNeg = TinyClassifier.train(dir, "sentiment.tkm", "pos", "neg");
        yesNo = TinyClassifier.train(dir, "yesno.tkm", "yes", "no");
        swapped = Files.copy(posNeg, dir.resolve("swapped.tkm"));
        ClassifyServeCommand serve = new ClassifyServeCommand();
        new CommandLine(serve).parseArgs("--model", posNeg.toString(), "--model", "answers=" + yesNo,
                "--model", "live=" + swapped, "--port", "0", "--threads", "2", "--grace-seconds", "1");
        server = serve.start();
        client = new ServeTestClient(server.port());
    }

    @AfterEach
    void stop() {
        server.close();
        client.close();
    }

    private String topLabel(String path) throws Exception {
        HttpResponse<String> response = client.post(path, "{\"texts\": [\"great lovely\"]}");
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).at("/results/0/predictions/0/label").asText();
    }

    private List<String> labels(String name) throws Exception {
        for (JsonNode model : JSON.readTree(client.get("/v1/models").body()).get("models")) {
            if (model.get("name").asText().equals(name)) {
                return List.of(model.get("labels").get(0).asText(), model.get("labels").get(1).asText());
            }
        }
        throw new AssertionError("no model " + name);
    }

    @Test
    void eachModelAnswersUnderItsNameAndTheFirstIsTheDefault() throws Exception {
        assertEquals("pos", topLabel("/v1/classify"));
        assertEquals("pos", topLabel("/v1/models/sentiment.tkm/classify"));
        assertEquals("yes", topLabel("/v1/models/answers/classify"));
        HttpResponse<String> unknown = client.post("/v1/models/nope/classify", "{\"texts\": [\"good\"]}");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("sentiment.tkm, answers, live"), unknown.body());
    }

    @Test
    void theModelListNamesEveryModelAndKeepsTheDefaultAtTheTop() throws Exception {
        JsonNode list = JSON.readTree(client.get("/v1/models").body());
        assertEquals("sentiment.tkm", list.get("model").asText());
        assertEquals("fasttext", list.get("kind").asText());
        List<String> names = new ArrayList<>();
        list.get("models").forEach(model -> names.add(model.get("name").asText()));
        assertEquals(List.of("sentiment.tkm", "answers", "live"), names);
        assertEquals(yesNo.toString(), list.get("models").get(1).get("file").asText());
        assertNotNull(list.get("models").get(1).get("loaded_at"));
    }

    @Test
    void aReloadSwapsInTheNewFile() throws Exception {
        assertEquals(List.of("pos", "neg"), labels("live"));
        Files.copy(yesNo, swapped, StandardCopyOption.REPLACE_EXISTING);
        HttpResponse<String> reload = client.post("/v1/models/live/reload", "");
        assertEquals(200, reload.statusCode(), reload.body());
        assertEquals(List.of("yes", "no"), labels("live"));
        assertEquals("yes", topLabel("/v1/models/live/classify"));
    }

    /** What SIGHUP does: every model read again, in the background. */
    @Test
    void reloadAllSwapsEveryModelInTheBackground() throws Exception {
        Files.copy(yesNo, swapped, StandardCopyOption.REPLACE_EXISTING);
        server.reloadAll();
        for (int i = 0; i < 100 && !labels("live").equals(List.of("yes", "no")); i++) {
            Thread.sleep(50);
        }
        assertEquals(List.of("yes", "no"), labels("live"));
        assertEquals(List.of("pos", "neg"), labels("sentiment.tkm"));
    }

    @Test
    void aCorruptOrMissingFileKeepsTheOldModelAndSaysWhy() throws Exception {
        Files.write(swapped, new byte[] {1, 2, 3, 4, 5});
        HttpResponse<String> corrupt = client.post("/v1/models/live/reload", "");
        assertEquals(500, corrupt.statusCode(), corrupt.body());
        String why = JSON.readTree(corrupt.body()).get("error").asText();
        assertTrue(why.contains("still serving") && why.contains(swapped.toString()), why);
        assertEquals("pos", topLabel("/v1/models/live/classify"));

        Files.delete(swapped);
        HttpResponse<String> missing = client.post("/v1/models/live/reload", "");
        assertEquals(500, missing.statusCode(), missing.body());
        assertTrue(missing.body().contains(swapped + ": no such file"), missing.body());
        assertEquals(List.of("pos", "neg"), labels("live"));
    }

    @Test
    void requestsInFlightDuringReloadsAllSucceed() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Integer>>> statuses = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                statuses.add(clients.submit(() -> {
                    List<Integer> seen = new ArrayList<>();
                    for (int i = 0; i < 60; i++) {
                        seen.add(client.post("/v1/models/live/classify", "{\"texts\": [\"good\", \"bad\"]}").statusCode());
                    }
                    return seen;
                }));
            }
            for (int r = 0; r < 6; r++) {
                Files.copy(r % 2 == 0 ? yesNo : posNeg, swapped, StandardCopyOption.REPLACE_EXISTING);
                assertEquals(200, client.post("/v1/models/live/reload", "").statusCode());
            }
            for (Future<List<Integer>> seen : statuses) {
                List<Integer> codes = seen.get();
                assertFalse(codes.stream().anyMatch(code -> code != 200), codes.toString());
            }
        } finally {
            clients.shutdownNow();
        }
    }
}
