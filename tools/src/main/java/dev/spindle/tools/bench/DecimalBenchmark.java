package dev.spindle.tools.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import dev.spindle.engine.book.Decimal;

/** Exact decimal parse and format of venue strings ({@code "2683.80000000"} at scale 8; USD-M {@code "61800.20"}). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecimalBenchmark
{
    private final byte[] spotPrice = "2683.80000000".getBytes(StandardCharsets.US_ASCII);
    private final byte[] futuresPrice = "61800.20".getBytes(StandardCharsets.US_ASCII);
    private final byte[] out = new byte[Decimal.MAX_FORMATTED_LENGTH];
    private long mantissa = 268380000000L;

    /** @return the mantissa of a spot price string at scale 8. */
    @Benchmark
    public long parseSpot()
    {
        return Decimal.parse(spotPrice, 0, spotPrice.length, 8);
    }

    /** @return the mantissa of a USD-M price string at scale 8. */
    @Benchmark
    public long parseFutures()
    {
        return Decimal.parse(futuresPrice, 0, futuresPrice.length, 8);
    }

    /** @return bytes written formatting a spot price with 8 decimals. */
    @Benchmark
    public int formatSpot()
    {
        mantissa += 1_000_000L;
        return Decimal.format(mantissa, 8, 8, out, 0);
    }
}
