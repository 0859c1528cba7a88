/** Text classifiers: FastText, TextCNN, TextRNN, RCNN and HAN. Filled by the classifier issue. */
package io.textkit.classify;
