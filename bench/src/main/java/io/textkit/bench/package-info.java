/** JMH benchmarks and peer comparisons. */
package io.textkit.bench;
