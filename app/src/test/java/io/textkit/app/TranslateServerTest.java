package io.textkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.textkit.app.serve.ClassifyServer;
import io.textkit.app.translate.Decoding;
import io.textkit.app.translate.SentenceTranslator;
import io.textkit.seq2seq.Translator;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code translate serve} on a loopback port: the translate route, its limits and its JSON errors. */
class TranslateServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path model;
    static ClassifyServer server;
    static ServeTestClient client;

    @BeforeAll
    static void start() throws IOException {
        model = TinyTranslator.train(dir, 3);
        TranslateServeCommand serve = new TranslateServeCommand();
        new CommandLine(serve).parseArgs("--model", "tiny=" + model, "--port", "0", "--threads", "2", "--max-batch", "4",
                "--max-text-chars", "50", "--beam", "2", "--grace-seconds", "1");
        server = serve.start();
        client = new ServeTestClient(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        client.close();
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        return JSON.readTree(response.body());
    }

    @Test
    void translatesEachTextWithItsNbestList() throws Exception {
        HttpResponse<String> response = client.post("/v1/translate",
                "{\"texts\": [\"ein zwei\", \"hund katze rot\", \"\"], \"beam\": 3, \"n_best\": 2}");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode answer = json(response);
        assertEquals("tiny", answer.get("model").asText());
        assertEquals(3, answer.get("results").size());
        JsonNode first = answer.get("results").get(0).get("translations");
        assertEquals(2, first.size(), response.body());
        assertTrue(first.get(0).get("score").asDouble() >= first.get(1).get("score").asDouble(), "best first");
        SentenceTranslator local = new SentenceTranslator(Translator.load(model));
        assertEquals(local.translate("ein zwei", Decoding.greedy().withBeam(3)).text(), first.get(0).get("text").asText(),
                "the server's best is the beam search's best");
    }

    @Test
    void theServersDecodingIsTheDefault() throws Exception {
        JsonNode answer = json(client.post("/v1/translate", "{\"texts\": [\"drei vier\"]}"));
        JsonNode translations = answer.get("results").get(0).get("translations");
        assertEquals(1, translations.size());
        SentenceTranslator local = new SentenceTranslator(Translator.load(model));
        assertEquals(local.translate("drei vier", Decoding.greedy().withBeam(2)).text(),
                translations.get(0).get("text").asText());
    }

    @Test
    void badRequestsGetJsonErrorsNamingTheField() throws Exception {
        String[][] cases = {
            {"{\"texts\": [\"ein\"], \"beam\": 0}", "\"beam\""},
            {"{\"texts\": [\"ein\"], \"beam\": 65}", "\"beam\""},
            {"{\"texts\": [\"ein\"], \"beam\": 2, \"n_best\": 3}", "\"n_best\""},
            {"{\"texts\": [\"ein\"], \"beam\": 1, \"n_best\": 2}", "\"n_best\""},
            {"{\"texts\": []}", "\"texts\" is empty"},
            {"{\"texts\": [\"a\", \"b\", \"c\", \"d\", \"e\"]}", "--max-batch"},
            {"{\"texts\": [\"" + "haus ".repeat(20) + "\"]}", "--max-text-chars"},
            {"{\"texts\": [1]}", "texts[0]"},
            {"{\"texts\": ", "invalid JSON"},
            {"[]", "must be a JSON object"},
        };
        for (String[] c : cases) {
            HttpResponse<String> response = client.post("/v1/translate", c[0]);
            assertEquals(400, response.statusCode(), c[0] + " → " + response.body());
            assertTrue(json(response).get("error").asText().contains(c[1]), c[0] + " → " + response.body());
        }
    }

    @Test
    void classifyingOnATranslatorOnlyServerIsANotFoundWithAHint() throws Exception {
        HttpResponse<String> response = client.post("/v1/classify", "{\"texts\": [\"ein\"]}");
        assertEquals(404, response.statusCode());
        assertTrue(json(response).get("error").asText().contains("/v1/translate"), response.body());
        assertEquals(405, client.get("/v1/translate").statusCode());
    }

    @Test
    void theModelListDescribesTheTranslator() throws Exception {
        JsonNode models = json(client.get("/v1/models")).get("models");
        assertEquals(1, models.size());
        assertEquals("tiny", models.get(0).get("name").asText());
        assertEquals("translator", models.get(0).get("kind").asText());
        assertEquals("beam 2", models.get(0).get("decoding").asText());
    }
}
