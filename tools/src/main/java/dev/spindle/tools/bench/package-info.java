/**
 * JMH benchmarks, each named {@code *Benchmark}. Build with {@code mvn -B -DskipTests package -pl tools -am},
 * run with {@code java -jar tools/target/spindle-benchmarks.jar <regex> -prof gc}.
 */
package dev.spindle.tools.bench;
