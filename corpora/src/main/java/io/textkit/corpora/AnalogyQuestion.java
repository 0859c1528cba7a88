package io.textkit.corpora;

/**
 * One word-analogy question "a is to b as c is to expected" (Mikolov et al. 2013), e.g.
 * athens : greece :: baghdad : iraq, in the section of the question file it came from
 * ("capital-common-countries", "gram3-comparative", ...).
 */
public record AnalogyQuestion(String section, String a, String b, String c, String expected) {}
