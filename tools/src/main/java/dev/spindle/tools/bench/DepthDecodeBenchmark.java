package dev.spindle.tools.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.spindle.binance.codec.DepthSnapshot;
import dev.spindle.binance.codec.DepthSnapshotDecoder;
import dev.spindle.binance.codec.DepthUpdate;
import dev.spindle.binance.codec.DepthUpdateDecoder;
import dev.spindle.binance.codec.FrameDecoder;
import dev.spindle.binance.codec.FrameType;
import dev.spindle.binance.codec.JsonReaderDepthDecoder;
import dev.spindle.binance.codec.SymbolTable;
import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;

/**
 * Real ETHUSDT spot diffs ({@code binance-spot/ethusdt_20240808.gz}, 3,434 combined-stream frames, loaded in
 * setup), one frame per operation, cycling:
 * <ul>
 * <li>{@code scanner} / {@code jsonReader}: decode only, hand-written byte scanner vs fastjson2
 * {@code JSONReader};</li>
 * <li>{@code decodeAndApply}: the hot path, {@link FrameDecoder} (classify + scanner) then every level applied to
 * an {@link L2Book} loaded from the recording's snapshot (and reloaded at the start of every pass);</li>
 * <li>{@code applyOnly}: the same frames' levels, decoded once in setup, applied to the same book: the book's
 * share of {@code decodeAndApply}.</li>
 * </ul>
 * Target for {@code decodeAndApply}: median at most 2 µs and 0 B/op ({@code -prof gc}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DepthDecodeBenchmark
{
    private EthusdtDepthFrames frames;
    private DepthUpdateDecoder scanner;
    private JsonReaderDepthDecoder jsonReader;
    private FrameDecoder frameDecoder;
    private DepthUpdate update;
    private L2Book book;
    private DepthSnapshot snapshot;
    private int[] levelStart;
    private long[] levelKeys;
    private long[] levelQtys;
    private int next;

    /** Load the frames and build the book from the recorded snapshot. */
    @Setup
    public void setUp()
    {
        frames = EthusdtDepthFrames.load();
        final SymbolTable symbols = new SymbolTable();
        symbols.add(new Instrument("ETHUSDT", 8, 8));
        scanner = new DepthUpdateDecoder(symbols);
        jsonReader = new JsonReaderDepthDecoder(symbols);
        frameDecoder = new FrameDecoder(symbols, 1024);
        update = new DepthUpdate(1024);
        book = new L2Book(symbols.instrument(0), 8192);
        snapshot = new DepthSnapshot(1000);
        new DepthSnapshotDecoder(symbols).decode(0, frames.snapshot, 0, frames.snapshot.length, snapshot);
        decodeLevels();
        loadSnapshot();
    }

    /** @return {@code u} of the decoded frame. */
    @Benchmark
    public long scanner()
    {
        final int i = nextFrame();
        scanner.decode(frames.buffer, frames.offsets[i], frames.lengths[i], update);
        return update.u();
    }

    /** @return {@code u} of the decoded frame. */
    @Benchmark
    public long jsonReader()
    {
        final int i = nextFrame();
        jsonReader.decode(frames.buffer, frames.offsets[i], frames.lengths[i], update);
        return update.u();
    }

    /** @return the frame's type: {@link FrameDecoder} alone (classify + decode), to split decodeAndApply's cost. */
    @Benchmark
    public FrameType frameDecoder()
    {
        final int i = nextFrame();
        return frameDecoder.decode(frames.buffer, frames.offsets[i], frames.lengths[i]);
    }

    /** @return the best bid after applying the frame. */
    @Benchmark
    public long decodeAndApply()
    {
        final int i = nextFrame();
        if (i == 0)
        {
            loadSnapshot();
        }
        if (frameDecoder.decode(frames.buffer, frames.offsets[i], frames.lengths[i]) == FrameType.DEPTH)
        {
            final DepthUpdate diff = frameDecoder.depthUpdate();
            diff.b().applyTo(book, Side.BID);
            diff.a().applyTo(book, Side.ASK);
            book.lastUpdateId(diff.u());
        }
        return book.bestPrice(Side.BID);
    }

    /** @return the best bid after applying the frame's levels, decoded in setup. */
    @Benchmark
    public long applyOnly()
    {
        final int i = nextFrame();
        if (i == 0)
        {
            loadSnapshot();
        }
        for (int k = levelStart[i]; k < levelStart[i + 1]; k++)
        {
            final long key = levelKeys[k];
            book.set(key >= 0 ? Side.BID : Side.ASK, key >= 0 ? key : -key, levelQtys[k]);
        }
        return book.bestPrice(Side.BID);
    }

    /** Decode every frame's levels once, bids as positive prices and asks as negated ones, in frame order. */
    private void decodeLevels()
    {
        levelStart = new int[frames.count + 1];
        int total = 0;
        for (int i = 0; i < frames.count; i++)
        {
            if (frameDecoder.decode(frames.buffer, frames.offsets[i], frames.lengths[i]) == FrameType.DEPTH)
            {
                total += frameDecoder.depthUpdate().b().count() + frameDecoder.depthUpdate().a().count();
            }
        }
        levelKeys = new long[total];
        levelQtys = new long[total];
        int at = 0;
        for (int i = 0; i < frames.count; i++)
        {
            levelStart[i] = at;
            if (frameDecoder.decode(frames.buffer, frames.offsets[i], frames.lengths[i]) == FrameType.DEPTH)
            {
                final DepthUpdate diff = frameDecoder.depthUpdate();
                for (int k = 0; k < diff.b().count(); k++)
                {
                    levelKeys[at] = diff.b().price(k);
                    levelQtys[at++] = diff.b().qty(k);
                }
                for (int k = 0; k < diff.a().count(); k++)
                {
                    levelKeys[at] = -diff.a().price(k);
                    levelQtys[at++] = diff.a().qty(k);
                }
            }
        }
        levelStart[frames.count] = at;
    }

    /**
     * Reset the book to the recording's snapshot, at the start of every pass over the day, so diffs always land
     * on the book of their own time: cycling onto the end-of-day book would leave stale levels through the price
     * range the day crossed, and every touch near the top would shift them. Once per 3,434 operations.
     */
    private void loadSnapshot()
    {
        book.clear();
        for (int i = snapshot.bids().count() - 1; i >= 0; i--)
        {
            book.set(Side.BID, snapshot.bids().price(i), snapshot.bids().qty(i));
        }
        for (int i = snapshot.asks().count() - 1; i >= 0; i--)
        {
            book.set(Side.ASK, snapshot.asks().price(i), snapshot.asks().qty(i));
        }
    }

    private int nextFrame()
    {
        final int i = next;
        next = i + 1 == frames.count ? 0 : i + 1;
        return i;
    }
}
