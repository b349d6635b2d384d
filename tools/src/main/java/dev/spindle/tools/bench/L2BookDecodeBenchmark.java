package dev.spindle.tools.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.spindle.capture.format.HftbacktestRecording;
import dev.spindle.capture.format.LineReader;
import dev.spindle.capture.format.ReadOptions;
import dev.spindle.capture.format.RecordingFiles;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;
import dev.spindle.hyperliquid.book.L2SnapshotDiffer;
import dev.spindle.hyperliquid.book.SnapshotListener;
import dev.spindle.hyperliquid.codec.ArchiveLine;
import dev.spindle.hyperliquid.codec.CoinTable;
import dev.spindle.hyperliquid.codec.FrameDecoder;
import dev.spindle.hyperliquid.codec.FrameType;

/**
 * Real Hyperliquid BTC l2Book frames (20 bids, 20 asks each), one frame per operation, cycling:
 * {@code archive} = the 5,587 frames of Hyperliquid's archive hour
 * ({@code hyperliquid/market_data_20240101_12_l2Book_BTC.jsonl.gz}, members {@code coin,time,levels} and
 * {@code px,sz,n}); {@code live} = the 46 l2Book frames of the hftbacktest capture
 * ({@code hyperliquid/btcusd_20250126.gz}, {@code coin,levels,time} and {@code n,px,sz}).
 * <ul>
 * <li>{@code decode}: {@link FrameDecoder} only (classify + 40 levels to mantissas);</li>
 * <li>{@code decodeAndApply}: the hot path, decode then {@link L2SnapshotDiffer#onSnapshot}: diff against the
 * previous snapshot, apply to the {@link L2Book}. At the end of the cycle the differ is reset, so one operation
 * per cycle is a load instead of a diff.</li>
 * </ul>
 * Target for {@code decodeAndApply}: median at most 3 µs and 0 B/op ({@code -prof gc}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class L2BookDecodeBenchmark
{
    private static final String ARCHIVE = "hyperliquid/market_data_20240101_12_l2Book_BTC.jsonl.gz";
    private static final String LIVE = "hyperliquid/btcusd_20250126.gz";

    /** Which recording to cycle through. */
    @Param({"archive", "live"})
    public String source;

    private byte[] buffer;
    private int[] offsets;
    private int[] lengths;
    private int count;
    private FrameDecoder decoder;
    private L2SnapshotDiffer differ;
    private int next;

    /** Build the decoder and differ and load the frames into one buffer. */
    @Setup
    public void setUp()
    {
        final CoinTable coins = new CoinTable();
        final int btc = coins.add("BTC");
        decoder = new FrameDecoder(coins, 20, 64);
        differ = new L2SnapshotDiffer(btc, new L2Book(coins.instrument(btc), 64), SnapshotListener.NO_OP);
        final ByteArrayOutputStream frames = new ByteArrayOutputStream();
        offsets = new int[8192];
        lengths = new int[8192];
        if ("archive".equals(source))
        {
            final ArchiveLine archive = new ArchiveLine();
            try (LineReader reader = RecordingFiles.openLines(file(ARCHIVE)))
            {
                while (reader.next())
                {
                    archive.unwrap(reader.buffer(), reader.offset(), reader.length());
                    add(frames, reader.buffer(), archive.rawOffset(), archive.rawLength());
                }
            }
            catch (final IOException ex)
            {
                throw new UncheckedIOException(ex);
            }
        }
        else
        {
            HftbacktestRecording.read(List.of(file(LIVE)), ReadOptions.STRICT, line ->
            {
                if (decoder.decode(line.buffer(), line.offset(), line.length()) == FrameType.L2_BOOK)
                {
                    add(frames, line.buffer(), line.offset(), line.length());
                }
            });
        }
        buffer = frames.toByteArray();
    }

    /** @return the decoded book's time. */
    @Benchmark
    public long decode()
    {
        final int i = nextFrame();
        decoder.decode(buffer, offsets[i], lengths[i]);
        return decoder.l2Book().time();
    }

    /** @return the best bid after the snapshot. */
    @Benchmark
    public long decodeAndApply()
    {
        final int i = nextFrame();
        if (i == 0)
        {
            differ.reset();
        }
        if (decoder.decode(buffer, offsets[i], lengths[i]) == FrameType.L2_BOOK)
        {
            differ.onSnapshot(decoder.l2Book(), i);
        }
        return differ.book().bestPrice(Side.BID);
    }

    private int nextFrame()
    {
        final int i = next;
        next = i + 1 == count ? 0 : i + 1;
        return i;
    }

    private void add(final ByteArrayOutputStream frames, final byte[] buf, final int off, final int len)
    {
        if (count == offsets.length)
        {
            offsets = Arrays.copyOf(offsets, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
        }
        offsets[count] = frames.size();
        lengths[count++] = len;
        frames.write(buf, off, len);
    }

    private static Path file(final String relative)
    {
        final Path file = Path.of(System.getProperty("spindle.data.dir", "../shared/data")).resolve(relative);
        if (!Files.isRegularFile(file))
        {
            throw new IllegalStateException("benchmark data missing: " + file.toAbsolutePath() +
                " (pass -Dspindle.data.dir=<shared/data>)");
        }
        return file;
    }
}
