package dev.spindle.bins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.agrona.CloseHelper;

import dev.spindle.binance.live.BinanceFeed;
import dev.spindle.binance.live.BinanceLiveConfig;
import dev.spindle.capture.CaptureConfig;
import dev.spindle.engine.CpuAffinity;
import dev.spindle.engine.book.BookState;
import dev.spindle.engine.book.Side;
import dev.spindle.engine.feed.BookCopy;
import dev.spindle.engine.feed.TopOfBook;
import dev.spindle.engine.log.LogFormat;
import dev.spindle.engine.metrics.Counters;
import dev.spindle.engine.testing.LogCapture;
import dev.spindle.tools.sim.binance.BinanceSimConfig;
import dev.spindle.tools.sim.binance.BinanceSimulator;
import dev.spindle.tools.sim.binance.book.BookView;
import dev.spindle.tools.sim.binance.book.Level;

/**
 * A Binance simulator on 127.0.0.1 and the live job ({@link BinanceRun}) connected to it, with the log kept in
 * memory; everything it starts is closed by {@link #close()}. The engine uses the non-spinning backoff strategy.
 */
final class LiveHarness implements AutoCloseable
{
    static final int COPY_CAPACITY = 20_000;
    static final long COPY_TIMEOUT_MS = 5_000;

    final BinanceSimulator sim;
    final LogCapture log;
    final BinanceRun run;

    private LiveHarness(final BinanceSimulator sim, final LogCapture log, final BinanceRun run)
    {
        this.sim = sim;
        this.log = log;
        this.run = run;
    }

    /**
     * @param simConfig the venue to simulate.
     * @param symbols   symbols to follow.
     * @param tweak     changes to the handler settings (depth limit, stale time, ...).
     * @param capture   capture settings, or null.
     * @return the running pair.
     */
    static LiveHarness start(
        final BinanceSimConfig simConfig,
        final List<String> symbols,
        final Consumer<BinanceLiveConfig.Builder> tweak,
        final CaptureConfig capture)
    {
        final BinanceSimulator sim = BinanceSimulator.start(simConfig);
        final LogCapture log = LogCapture.start();
        try
        {
            final BinanceLiveConfig.Builder live = BinanceLiveConfig.builder()
                .symbols(symbols)
                .wsUrl(sim.wsUrl())
                .restUrl(sim.restUrl())
                .reconnectBackoffMs(50, 1_000);
            tweak.accept(live);
            final BinanceRun.Settings settings = new BinanceRun.Settings(
                live.build(), CpuAffinity.NO_CPU, "backoff", LogFormat.TEXT, null, 1_000, null, capture);
            return new LiveHarness(sim, log, BinanceRun.start(settings, log.log()));
        }
        catch (final RuntimeException | Error ex)
        {
            CloseHelper.quietCloseAll(log, sim);
            throw ex;
        }
    }

    BinanceFeed feed()
    {
        return run.feed();
    }

    Counters symbolCounters(final String symbol)
    {
        return run.metrics().counters("binance:" + symbol.toUpperCase(Locale.ROOT));
    }

    Counters wsCounters()
    {
        return run.metrics().counters("binance:ws");
    }

    Counters restCounters()
    {
        return run.metrics().counters("binance:rest");
    }

    TopOfBook top(final String symbol)
    {
        final TopOfBook top = new TopOfBook();
        final BinanceFeed feed = feed();
        for (int i = 0; i < feed.symbolCount(); i++)
        {
            if (feed.symbol(i).equalsIgnoreCase(symbol))
            {
                feed.readTop(i, top);
                return top;
            }
        }
        throw new IllegalArgumentException("no symbol " + symbol);
    }

    void awaitState(final String symbol, final BookState state, final long timeoutMs) throws InterruptedException
    {
        await(() -> top(symbol).state() == state, timeoutMs, () -> symbol + " did not reach " + state + ": " +
            top(symbol));
    }

    /**
     * Copy the live book (retrying until it is LIVE) and compare it level by level, exact strings, with the
     * simulator's book at the same update id.
     *
     * @return the compared copy.
     */
    BookCopy assertBookMatchesSimulator(final String symbol) throws InterruptedException
    {
        final BookCopy copy = new BookCopy(COPY_CAPACITY);
        final long deadlineNs = System.nanoTime() + COPY_TIMEOUT_MS * 1_000_000L;
        do
        {
            assertTrue(feed().copyBook(symbol, copy, COPY_TIMEOUT_MS), "engine did not copy the book");
            if (copy.state() == BookState.LIVE)
            {
                break;
            }
            Thread.sleep(20);
        }
        while (System.nanoTime() - deadlineNs < 0);
        assertEquals(BookState.LIVE, copy.state(), "state of " + copy);
        assertSameBook(sim.bookAt(symbol, copy.lastUpdateId()), copy);
        return copy;
    }

    static void assertSameBook(final BookView expected, final BookCopy actual)
    {
        assertEquals(expected.lastUpdateId(), actual.lastUpdateId(), "update id");
        assertSameSide(expected.bids(), actual, Side.BID);
        assertSameSide(expected.asks(), actual, Side.ASK);
    }

    private static void assertSameSide(final List<Level> expected, final BookCopy actual, final Side side)
    {
        assertTrue(expected.size() > 0, side + " side of the simulator book is empty");
        assertEquals(expected.size(), actual.depth(side), side + " depth at u=" + actual.lastUpdateId());
        for (int i = 0; i < expected.size(); i++)
        {
            final Level level = expected.get(i);
            final int at = i;
            assertEquals(level.price(), actual.priceText(side, i), () -> side + " price of level " + at);
            assertEquals(level.qty(), actual.qtyText(side, i), () -> side + " qty of level " + at);
        }
    }

    static void await(final BooleanSupplier condition, final long timeoutMs, final Supplier<String> message)
        throws InterruptedException
    {
        final long deadlineNs = System.nanoTime() + timeoutMs * 1_000_000L;
        while (!condition.getAsBoolean())
        {
            if (System.nanoTime() - deadlineNs > 0)
            {
                fail("timed out after " + timeoutMs + " ms: " + message.get());
            }
            Thread.sleep(10);
        }
    }

    @Override
    public void close()
    {
        CloseHelper.closeAll(run, sim, log);
    }
}
