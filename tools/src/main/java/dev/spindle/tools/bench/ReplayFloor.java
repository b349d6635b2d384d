package dev.spindle.tools.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

import dev.spindle.capture.format.ByteScan;

/**
 * The floor under any book-only replay of a Binance diff file on this machine: the least work such a replay must
 * do, timed as a whole process like the replay itself. It reads every byte and turns every quoted number (each
 * price and quantity) into a long, split over {@code --threads} byte ranges cut at line ends; no JSON validation,
 * no sequence check, no book. The real replay does all of that on top, so its whole-process time cannot be below
 * this program's.
 * <p>
 * {@code /usr/bin/time java -cp tools/target/spindle-benchmarks.jar dev.spindle.tools.bench.ReplayFloor
 * OUT/diffs.jsonl --threads 2} prints {@code numbers=M checksum=C}: M is twice the level changes in the file,
 * so a reader can check that all the input was parsed (the generator's {@code meta.json} gives its level changes). Numbers
 * are read as their digits without the point, which is their mantissa when, as in the generator's input, every one
 * has 8 decimals. Streams the file in 4 MiB reads per thread; never loads it whole.
 */
public final class ReplayFloor
{
    private static final String USAGE = "usage: ReplayFloor FILE [--threads N]";
    private static final int CHUNK_BYTES = 4 << 20;
    private static final long QUOTES = ByteScan.broadcast((byte)'"');

    private long numbers;
    private long checksum;

    private ReplayFloor()
    {
    }

    /**
     * Parse {@code file} with {@code threads} threads.
     *
     * @return {@code numbers=M checksum=C}.
     * @throws IOException if the file cannot be read.
     */
    public static String run(final Path file, final int threads) throws IOException, InterruptedException
    {
        final ReplayFloor[] parts = new ReplayFloor[threads];
        final Thread[] workers = new Thread[threads];
        final IOException[] failure = new IOException[1];
        try (FileChannel channel = FileChannel.open(file))
        {
            final long[] cuts = cuts(channel, threads);
            for (int t = 0; t < threads; t++)
            {
                final ReplayFloor part = new ReplayFloor();
                final long from = cuts[t];
                final long to = cuts[t + 1];
                parts[t] = part;
                workers[t] = new Thread(() -> part.parseRange(channel, from, to, failure), "floor-" + t);
                workers[t].start();
            }
            for (final Thread worker : workers)
            {
                worker.join();
            }
        }
        if (failure[0] != null)
        {
            throw failure[0];
        }
        long numbers = 0;
        long checksum = 0;
        for (final ReplayFloor part : parts)
        {
            numbers += part.numbers;
            checksum += part.checksum;
        }
        return "numbers=" + numbers + " checksum=" + checksum;
    }

    /**
     * @param args {@code FILE [--threads N]}.
     */
    public static void main(final String[] args) throws Exception
    {
        int threads = 1;
        if (args.length == 3 && "--threads".equals(args[1]))
        {
            threads = Integer.parseInt(args[2]);
        }
        else if (args.length != 1)
        {
            System.err.println(USAGE);
            System.exit(2);
        }
        if (threads < 1)
        {
            System.err.println("ReplayFloor: --threads must be at least 1, got " + threads);
            System.exit(2);
        }
        System.out.println(run(Path.of(args[0]), threads));
    }

    /** @return {@code threads + 1} offsets: range t is [cuts[t], cuts[t+1]), each cut just after a newline. */
    private static long[] cuts(final FileChannel channel, final int threads) throws IOException
    {
        final long size = channel.size();
        final long[] cuts = new long[threads + 1];
        cuts[threads] = size;
        final ByteBuffer one = ByteBuffer.allocate(1);
        for (int t = 1; t < threads; t++)
        {
            long cut = Math.max(cuts[t - 1], size * t / threads);
            while (cut > 0 && cut < size)
            {
                one.clear();
                channel.read(one, cut - 1);
                if (one.get(0) == '\n')
                {
                    break;
                }
                cut++;
            }
            cuts[t] = cut;
        }
        return cuts;
    }

    private void parseRange(final FileChannel channel, final long from, final long to, final IOException[] failure)
    {
        try
        {
            final byte[] buf = new byte[CHUNK_BYTES];
            final ByteBuffer wrapper = ByteBuffer.wrap(buf);
            long filePos = from;
            int carry = 0;
            while (filePos < to)
            {
                wrapper.limit((int)Math.min(buf.length, carry + (to - filePos))).position(carry);
                final int read = channel.read(wrapper, filePos);
                if (read <= 0)
                {
                    break;
                }
                filePos += read;
                final int filled = carry + read;
                int complete = filled;
                if (filePos < to)
                {
                    while (complete > 0 && buf[complete - 1] != '\n')
                    {
                        complete--;
                    }
                }
                parseLines(buf, complete);
                carry = filled - complete;
                System.arraycopy(buf, complete, buf, 0, carry);
            }
        }
        catch (final IOException ex)
        {
            synchronized (failure)
            {
                failure[0] = ex;
            }
        }
    }

    /** Every quoted string that starts with a digit, as the long of its digits. */
    private void parseLines(final byte[] buf, final int end)
    {
        int p = nextQuote(buf, 0, end) + 1;
        while (p < end)
        {
            final boolean digits = buf[p] >= '0' && buf[p] <= '9';
            long value = 0;
            byte b;
            while (p < end && (b = buf[p]) != '"')
            {
                if (b != '.')
                {
                    value = value * 10 + (b - '0');
                }
                p++;
            }
            if (digits)
            {
                numbers++;
                checksum += value;
            }
            p = nextQuote(buf, p + 1, end) + 1;
        }
    }

    /** @return the index of the first '"' at or after {@code from}, or {@code end}. */
    private static int nextQuote(final byte[] buf, final int from, final int end)
    {
        final int at = ByteScan.indexOf(buf, from, end, QUOTES);
        return at < 0 ? end : at;
    }
}
