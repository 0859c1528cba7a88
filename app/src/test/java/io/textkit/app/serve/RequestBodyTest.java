package io.textkit.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Request bodies decode as strict UTF-8: every valid text whole, any broken byte refused with 400. */
class RequestBodyTest {
    @Test
    void multiByteCharactersDecode() throws Exception {
        String body = "{\"texts\": [\"" + "é中😀".repeat(300) + "\"]}";
        assertEquals(body, RequestBody.text(body.getBytes(StandardCharsets.UTF_8)));
        assertEquals("", RequestBody.text(new byte[0]));
    }

    @Test
    void invalidUtf8Gets400() {
        HttpError e = assertThrows(HttpError.class, () -> RequestBody.text(new byte[] {'a', (byte) 0xC3, '(', 'b'}));
        assertEquals(400, e.status());
    }

    @Test
    void aTruncatedCharacterAtTheEndGets400() {
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        HttpError e = assertThrows(HttpError.class, () -> RequestBody.text(new byte[] {'a', euro[0], euro[1]}));
        assertEquals(400, e.status());
    }
}
