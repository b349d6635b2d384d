package dev.spindle.tools.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import dev.spindle.capture.format.HftbacktestRecording;
import dev.spindle.capture.format.ReadOptions;
import dev.spindle.capture.format.RecordedLine;

/**
 * The real ETHUSDT spot depth frames of {@code binance-spot/ethusdt_20240808.gz} and its inline snapshot, loaded
 * into memory for benchmarks. The data directory comes from the system property {@code spindle.data.dir}
 * (default {@code ../shared/data}, relative to the working directory).
 */
final class EthusdtDepthFrames
{
    static final String FILE = "binance-spot/ethusdt_20240808.gz";
    private static final byte[] DEPTH_STREAM = "@depth".getBytes(StandardCharsets.US_ASCII);

    final byte[] buffer;
    final int[] offsets;
    final int[] lengths;
    final int count;
    final byte[] snapshot;

    private EthusdtDepthFrames(final byte[] buffer, final int[] offsets, final int[] lengths, final int count,
        final byte[] snapshot)
    {
        this.buffer = buffer;
        this.offsets = offsets;
        this.lengths = lengths;
        this.count = count;
        this.snapshot = snapshot;
    }

    static EthusdtDepthFrames load()
    {
        final Path file = Path.of(System.getProperty("spindle.data.dir", "../shared/data")).resolve(FILE);
        if (!Files.isRegularFile(file))
        {
            throw new IllegalStateException("benchmark data missing: " + file.toAbsolutePath() +
                " (pass -Dspindle.data.dir=<shared/data>)");
        }
        final ByteArrayOutputStream frames = new ByteArrayOutputStream();
        final int[][] bounds = {new int[8192], new int[8192]};
        final int[] count = new int[1];
        final byte[][] snapshot = new byte[1][];
        HftbacktestRecording.read(List.of(file), ReadOptions.STRICT, line ->
        {
            if (line.kind() == RecordedLine.Kind.REST_SNAPSHOT)
            {
                snapshot[0] = Arrays.copyOfRange(line.buffer(), line.offset(), line.offset() + line.length());
            }
            else if (contains(line.buffer(), line.offset(), Math.min(line.length(), 40), DEPTH_STREAM))
            {
                if (count[0] == bounds[0].length)
                {
                    bounds[0] = Arrays.copyOf(bounds[0], count[0] * 2);
                    bounds[1] = Arrays.copyOf(bounds[1], count[0] * 2);
                }
                bounds[0][count[0]] = frames.size();
                bounds[1][count[0]++] = line.length();
                frames.write(line.buffer(), line.offset(), line.length());
            }
        });
        if (snapshot[0] == null || count[0] == 0)
        {
            throw new IllegalStateException(file + ": no snapshot or no depth frames");
        }
        return new EthusdtDepthFrames(frames.toByteArray(), bounds[0], bounds[1], count[0], snapshot[0]);
    }

    private static boolean contains(final byte[] buf, final int off, final int len, final byte[] needle)
    {
        outer:
        for (int i = off; i <= off + len - needle.length; i++)
        {
            for (int j = 0; j < needle.length; j++)
            {
                if (buf[i + j] != needle[j])
                {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
