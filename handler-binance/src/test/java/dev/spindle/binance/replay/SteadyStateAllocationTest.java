package dev.spindle.binance.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.spindle.binance.codec.DepthSnapshot;
import dev.spindle.binance.codec.DepthSnapshotDecoder;
import dev.spindle.binance.codec.DepthUpdate;
import dev.spindle.binance.codec.FrameDecoder;
import dev.spindle.binance.codec.FrameType;
import dev.spindle.binance.codec.SymbolTable;
import dev.spindle.binance.sync.DepthSync;
import dev.spindle.binance.sync.SyncListener;
import dev.spindle.binance.sync.SyncMode;
import dev.spindle.binance.verify.BookTickerCheck;
import dev.spindle.capture.format.HftbacktestRecording;
import dev.spindle.capture.format.ReadOptions;
import dev.spindle.capture.format.RecordedLine;
import dev.spindle.engine.book.BookState;
import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.testing.TestData;

/**
 * The engine-thread path (classify and decode every frame, buffer, snapshot, sync and apply depth, check tickers)
 * allocates nothing once the JVM is warm and capacities are sized, on a real ETHUSDT recording held in memory.
 * <p>
 * Each pass replays the identical recording through a fresh engine built beforehand, so any allocation made by the
 * code would recur in every pass. The JIT, however, occasionally allocates a few dozen bytes on the running thread
 * when it compiles a method (lazy resolution of the method's string constants), at moments that vary from run to
 * run. Hence the assertion: at least one of the measured passes allocates exactly zero bytes.
 */
class SteadyStateAllocationTest
{
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();

    private byte[] buf;
    private int[] offsets;
    private boolean[] snapshots;
    private int lines;

    @Test
    void shouldNotAllocateWhileSyncingAndApplyingARealRecording()
    {
        load();
        for (int i = 0; i < 3; i++)
        {
            new Engine().replay();
        }
        final long overhead = measureOverhead();
        final long[] allocated = new long[5];
        long least = Long.MAX_VALUE;
        for (int pass = 0; pass < allocated.length; pass++)
        {
            final Engine engine = new Engine();
            final long before = THREADS.getCurrentThreadAllocatedBytes();
            engine.replay();
            allocated[pass] = THREADS.getCurrentThreadAllocatedBytes() - before - overhead;
            least = Math.min(least, allocated[pass]);

            assertEquals(BookState.LIVE, engine.sync.state());
            assertEquals(3434 - 2, engine.sync.counters().applied());
            assertEquals(0, engine.check.mismatches());
        }
        assertEquals(0, least, "bytes allocated per pass over " + lines + " lines: " + Arrays.toString(allocated));
    }

    private void load()
    {
        final ByteArrayOutputStream all = new ByteArrayOutputStream();
        offsets = new int[100_000];
        snapshots = new boolean[offsets.length];
        HftbacktestRecording.read(List.of(TestData.require("binance-spot/ethusdt_20240808.gz")), ReadOptions.STRICT,
            line ->
            {
                snapshots[lines] = line.kind() == RecordedLine.Kind.REST_SNAPSHOT;
                offsets[lines++] = all.size();
                all.write(line.buffer(), line.offset(), line.length());
            });
        offsets[lines] = all.size();
        buf = all.toByteArray();
    }

    private static long measureOverhead()
    {
        long overhead = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++)
        {
            final long a = THREADS.getCurrentThreadAllocatedBytes();
            final long b = THREADS.getCurrentThreadAllocatedBytes();
            overhead = Math.min(overhead, b - a);
        }
        return overhead;
    }

    /** What the live handler runs on the engine thread for one symbol, sized so that nothing has to grow. */
    private final class Engine implements SyncListener
    {
        final SymbolTable symbols = new SymbolTable();
        final BookTickerCheck check = new BookTickerCheck();
        final FrameDecoder frames;
        final DepthSync sync;
        final DepthSnapshotDecoder snapshotDecoder;
        final DepthSnapshot snapshot = new DepthSnapshot(1000);

        Engine()
        {
            symbols.add(new Instrument("ETHUSDT", 8, 8));
            frames = new FrameDecoder(symbols, 1024);
            sync = new DepthSync(SyncMode.SPOT, 0, new L2Book(symbols.instrument(0), 8192), this, 16, 1024, 1024);
            snapshotDecoder = new DepthSnapshotDecoder(symbols);
        }

        void replay()
        {
            for (int i = 0; i < lines; i++)
            {
                final int off = offsets[i];
                final int len = offsets[i + 1] - off;
                if (snapshots[i])
                {
                    snapshotDecoder.decode(0, buf, off, len, snapshot);
                    sync.onSnapshot(snapshot);
                    continue;
                }
                final FrameType type = frames.decode(buf, off, len);
                if (type == FrameType.DEPTH)
                {
                    sync.onDiff(frames.depthUpdate());
                }
                else if (type == FrameType.BOOK_TICKER)
                {
                    check.onBookTicker(frames.bookTicker());
                }
            }
        }

        @Override
        public void onDiffApplied(final DepthUpdate diff, final L2Book book)
        {
            check.onDepthApplied(book);
        }
    }
}
