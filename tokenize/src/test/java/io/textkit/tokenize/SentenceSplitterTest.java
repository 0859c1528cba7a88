package io.textkit.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SentenceSplitter} on hand-written paragraphs with the cases readers expect. */
class SentenceSplitterTest {
    private final SentenceSplitter splitter = SentenceSplitter.english();

    @Test
    void plainSentencesSplitAfterFullStopsQuestionAndExclamationMarks() {
        assertEquals(List.of("The film opens in Paris.", "Is it any good?", "Yes!", "Go and see it..."),
                splitter.split("  The film opens in Paris. Is it any good?  Yes!\tGo and see it...  "));
    }

    @Test
    void abbreviationsInitialsAndDecimalsDoNotEndASentence() {
        assertEquals(List.of(
                        "Mr. Smith met Dr. Jones at 3.30 p.m. in the U.S. embassy.",
                        "They discussed apples, pears, etc. and other fruit, e.g. plums, i.e. stone fruit.",
                        "J. R. R. Tolkien wrote it in 1937.",
                        "It cost $4.99 vs. $5 at example.com today."),
                splitter.split("Mr. Smith met Dr. Jones at 3.30 p.m. in the U.S. embassy. They discussed apples, "
                        + "pears, etc. and other fruit, e.g. plums, i.e. stone fruit. J. R. R. Tolkien wrote it in 1937. "
                        + "It cost $4.99 vs. $5 at example.com today."));
    }

    @Test
    void closingQuotesAndBracketsStayWithTheirSentence() {
        assertEquals(List.of("\"Stop!\"", "She ran (fast.)", "\u201cWhy?\u201d he asked.", "Nobody knew."),
                splitter.split("\"Stop!\" She ran (fast.) \u201cWhy?\u201d he asked. Nobody knew."));
        assertEquals(List.of("\"Stop!\" she said.", "He stopped (as told.) and waited."),
                splitter.split("\"Stop!\" she said. He stopped (as told.) and waited."));
    }

    @Test
    void lowercasedTokenisedTextSplitsLikeCasedText() {
        assertEquals(List.of("it was bad .", "the plot , such as it is , drags !", "why ?", "who knows ."),
                splitter.split("it was bad . the plot , such as it is , drags ! why ? who knows ."));
        assertEquals(List.of("whatever . . .", "( so it goes . )", "he said \" go away . \"", "mr . smith left , like george c . scott .",
                        "was it ( is it ? ) , the plot asks ?", "so do i ."),
                splitter.split("whatever . . . ( so it goes . ) he said \" go away . \" mr . smith left , like george c . scott . "
                        + "was it ( is it ? ) , the plot asks ? so do i ."));
    }

    @Test
    void chineseSplitsAfterIdeographicTerminatorsWithoutSpaces() {
        assertEquals(List.of("这家酒店很好。", "服务怎么样？", "非常好！！", "他说：“下次再来。”", "好"),
                splitter.split("这家酒店很好。服务怎么样？非常好！！他说：“下次再来。”好"));
    }

    @Test
    void lineBreaksAreSpacesBlankLinesEndSentencesAndTheOptionSplitsEveryLine() {
        String text = "a heading without a stop\nthe first line of a wrapped\nsentence . another one .\n\nnext paragraph";
        assertEquals(List.of("a heading without a stop\nthe first line of a wrapped\nsentence .", "another one .",
                "next paragraph"), splitter.split(text));
        assertEquals(List.of("a heading without a stop", "the first line of a wrapped", "sentence .", "another one .",
                "next paragraph"), splitter.splittingAtNewlines().split(text));
    }

    @Test
    void blankInputGivesNoSentences() {
        assertEquals(List.of(), splitter.split(""));
        assertEquals(List.of(), splitter.split(" \n\t\n "));
    }
}
