package io.textkit.corpora;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * Reads word-analogy files in the format of word2vec's {@code questions-words.txt}: a
 * {@code : section} line starts each section, then each line holds four words separated by spaces
 * or tabs. Blank lines are skipped; a question before the first section, or a line that does not
 * hold four words, is malformed.
 */
public final class AnalogyQuestions {
    private AnalogyQuestions() {
    }

    /** The questions in {@code file}, words as written, strictly read. */
    public static Corpus<AnalogyQuestion> read(Path file) {
        return read(file, false, ReadOptions.STRICT);
    }

    /**
     * The questions in {@code file}.
     *
     * @param lowercase whether to lower-case the words (see {@link AnalogyQuestion#lowercase()})
     */
    public static Corpus<AnalogyQuestion> read(Path file, boolean lowercase, ReadOptions options) {
        Corpus<AnalogyQuestion> questions = ParsedCorpus.of(List.of(file), options, SectionTracker::new);
        return lowercase ? questions.map(AnalogyQuestion::lowercase) : questions;
    }

    /**
     * Groups questions by section, sections in file order, for per-section accuracy. This holds
     * them all in memory; the Google set is 19,544 questions.
     */
    public static Collector<AnalogyQuestion, ?, Map<String, List<AnalogyQuestion>>> bySection() {
        return Collectors.groupingBy(AnalogyQuestion::section, LinkedHashMap::new, Collectors.toList());
    }

    /** Parses lines, remembering the section the last header opened. */
    private static final class SectionTracker implements LineParser<AnalogyQuestion> {
        private String section;

        @Override
        public AnalogyQuestion parse(String line, LineReader at) throws TextFormatException {
            String text = line.strip();
            if (text.isEmpty()) {
                return null;
            }
            if (text.startsWith(":")) {
                section = text.substring(1).strip();
                if (section.isEmpty()) {
                    throw at.error("section header ':' without a name");
                }
                return null;
            }
            if (section == null) {
                throw at.error("question before the first ': section' header");
            }
            String[] words = text.split("\\s+");
            if (words.length != 4) {
                throw at.error("expected 4 words, found " + words.length + ": " + text);
            }
            return new AnalogyQuestion(section, words[0], words[1], words[2], words[3]);
        }
    }
}
