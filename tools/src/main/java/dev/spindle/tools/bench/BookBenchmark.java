package dev.spindle.tools.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;

/**
 * {@link L2Book} updates on a 1,000-level-per-side book: quantity changes near the touch (the common diff), and an
 * insert followed by the removal of the same level near the touch (the array shifts a few levels).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BookBenchmark
{
    private static final int LEVELS = 1000;
    private static final long MID = 2683_80000000L;
    private static final long TICK = 1_000_000L;

    private final L2Book book = new L2Book(new Instrument("ETHUSDT", 8, 8), 4096);
    private final long[] nearTop = new long[1024];
    private final long[] gaps = new long[1024];
    private int next;

    /** A full book with every other tick filled, so that half-tick prices are free for inserts. */
    @Setup
    public void setUp()
    {
        for (int i = 0; i < LEVELS; i++)
        {
            book.set(Side.BID, MID - 2 * i * TICK, 1 + i);
            book.set(Side.ASK, MID + TICK + 2 * i * TICK, 1 + i);
        }
        final SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < nearTop.length; i++)
        {
            final int level = random.nextInt(20);
            nearTop[i] = MID - 2 * level * TICK;
            gaps[i] = MID - (2 * level + 1) * TICK;
        }
    }

    /** @return the result code of a quantity change within the top 20 bids. */
    @Benchmark
    public int updateNearTop()
    {
        final int i = next++ & (nearTop.length - 1);
        return book.set(Side.BID, nearTop[i], 1 + i);
    }

    /** @return the result code after inserting and removing a level within the top 20 bids. */
    @Benchmark
    public int insertRemoveNearTop()
    {
        final int i = next++ & (gaps.length - 1);
        book.set(Side.BID, gaps[i], 5);
        return book.set(Side.BID, gaps[i], 0);
    }
}
