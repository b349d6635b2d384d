package dev.spindle.tools.sim.hyperliquid.source;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;

import dev.spindle.tools.sim.hyperliquid.market.SimFrame;

/**
 * A random-walk market for any number of coins: an {@code l2Book} push per coin every {@code 1/framesPerSecond}
 * seconds (Hyperliquid pushes about every 0.5 s, so 2 is the realistic rate), the coins' pushes evenly
 * interleaved, and a {@code trades} frame of 1 to 3 trades after about a third of the pushes. At source time 0
 * every coin publishes its first book and {@code replayTrades} earlier trades, so the first subscriber already
 * gets a full trade replay. Times in the frames come from {@code clockMs} when a frame is taken and increase
 * strictly per coin. Deterministic for a seed, apart from those times. Never ends.
 */
public final class SyntheticSource implements SimSource
{
    private static final long SECOND_NS = 1_000_000_000L;
    /** The start-up trades are spread over the preceding seconds, like a real replay. */
    private static final long REPLAY_SPACING_MS = 1_000;

    private final List<String> coins;
    private final SyntheticCoin[] markets;
    private final long periodNs;
    private final LongSupplier clockMs;
    private final Random random;
    private final ArrayDeque<SimFrame> due = new ArrayDeque<>();
    private final String description;
    private long step;

    /**
     * @param coins           coin names, as they will be written on the wire.
     * @param levels          levels per side (Hyperliquid shows 20).
     * @param framesPerSecond book pushes per second per coin.
     * @param seed            random seed.
     * @param replayTrades    trades published per coin at the start (Hyperliquid replays 30 on subscribe).
     * @param clockMs         epoch-ms clock for the frames' {@code time}.
     * @throws IllegalArgumentException as {@link #check(List, int, double)}.
     */
    public SyntheticSource(
        final List<String> coins,
        final int levels,
        final double framesPerSecond,
        final long seed,
        final int replayTrades,
        final LongSupplier clockMs)
    {
        check(coins, levels, framesPerSecond);
        this.coins = List.copyOf(coins);
        this.periodNs = Math.max(1, (long)(SECOND_NS / framesPerSecond));
        this.clockMs = clockMs;
        this.random = new Random(seed);
        this.markets = new SyntheticCoin[coins.size()];
        final long nowMs = clockMs.getAsLong();
        for (int i = 0; i < markets.length; i++)
        {
            markets[i] = new SyntheticCoin(coins.get(i), i, levels, random);
            due.add(markets[i].bookFrame(0, nowMs));
            if (replayTrades > 0)
            {
                due.add(markets[i].tradesFrame(0, nowMs, replayTrades, REPLAY_SPACING_MS));
            }
        }
        this.description = "synthetic " + coins + ", " + levels + " levels, " + framesPerSecond +
            " books/s per coin, seed " + seed;
    }

    /**
     * Check synthetic settings before anything starts.
     *
     * @throws IllegalArgumentException on an empty or duplicate coin list, a coin name JSON would need to escape,
     *                                  or a non-positive rate or depth.
     */
    public static void check(final List<String> coins, final int levels, final double framesPerSecond)
    {
        if (coins.isEmpty() || coins.stream().distinct().count() != coins.size())
        {
            throw new IllegalArgumentException("synthetic coins must be a non-empty list without repeats: " + coins);
        }
        for (final String coin : coins)
        {
            if (coin.isEmpty() || !coin.chars().allMatch(c -> c > ' ' && c < 127 && c != '"' && c != '\\'))
            {
                throw new IllegalArgumentException("synthetic coin '" + coin + "' must be printable ASCII without " +
                    "quotes or backslashes");
            }
        }
        if (levels < 1 || !(framesPerSecond > 0) || Double.isInfinite(framesPerSecond))
        {
            throw new IllegalArgumentException("synthetic levels and rate must be positive, got " + levels + " and " +
                framesPerSecond);
        }
    }

    @Override
    public long peekTimeNs()
    {
        return due.isEmpty() ? stepTimeNs(step) : due.peekFirst().sourceTimeNs();
    }

    @Override
    public SimFrame take()
    {
        if (due.isEmpty())
        {
            final long timeNs = stepTimeNs(step);
            final SyntheticCoin market = markets[(int)(step % markets.length)];
            step++;
            market.step();
            final long nowMs = clockMs.getAsLong();
            due.add(market.bookFrame(timeNs, nowMs));
            if (random.nextInt(3) == 0)
            {
                due.add(market.tradesFrame(timeNs, nowMs, 1 + random.nextInt(3), 0));
            }
        }
        return due.pollFirst();
    }

    private long stepTimeNs(final long k)
    {
        return periodNs + k * periodNs / markets.length;
    }

    @Override
    public List<String> coins()
    {
        return coins;
    }

    @Override
    public String describe()
    {
        return description;
    }
}
