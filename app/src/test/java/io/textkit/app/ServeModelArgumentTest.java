package io.textkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code --model NAME=FILE} names a model; a bare {@code --model FILE} is named after the file. */
class ServeModelArgumentTest {
    @Test
    void aNamedModelTakesItsName() {
        ClassifyServeCommand.NamedFile named = ClassifyServeCommand.NamedFile.parse("imdb=models/imdb-v2.tkm");
        assertEquals("imdb", named.name());
        assertEquals(Path.of("models/imdb-v2.tkm"), named.file());
    }

    @Test
    void aBareFileIsNamedAfterItself() {
        ClassifyServeCommand.NamedFile bare = ClassifyServeCommand.NamedFile.parse("models/yelp.tkm");
        assertEquals("yelp.tkm", bare.name());
        assertEquals(Path.of("models/yelp.tkm"), bare.file());
    }

    @Test
    void aFolderBeforeTheEqualsSignIsAPathNotAName() {
        ClassifyServeCommand.NamedFile bare = ClassifyServeCommand.NamedFile.parse("runs/a=b/yelp.tkm");
        assertEquals("yelp.tkm", bare.name());
    }

    @Test
    void aFileNameThatCannotGoInAUrlAsksForAName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassifyServeCommand.NamedFile.parse("my model.tkm"));
        assertTrue(e.getMessage().contains("--model NAME=FILE"), e.getMessage());
    }
}
