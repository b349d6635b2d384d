package dev.spindle.tools.sim.hyperliquid.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import dev.spindle.capture.format.HftbacktestRecording;
import dev.spindle.capture.format.LineReader;
import dev.spindle.capture.format.ReadOptions;
import dev.spindle.capture.format.RecordingException;
import dev.spindle.capture.format.RecordingFiles;
import dev.spindle.hyperliquid.codec.ArchiveLine;
import dev.spindle.hyperliquid.codec.DecodeException;
import dev.spindle.tools.sim.hyperliquid.market.SimFrame;

/**
 * Serves recorded Hyperliquid frames, loaded whole into memory at construction. Two formats are read, told
 * apart by each file's first byte: Hyperliquid's archive lines ({@code {"time":"<ISO>","ver_num":1,"raw":<frame>}})
 * and hftbacktest captures ({@code <local_ns> <frame>}), plain or gzip. Several files (e.g. one archive file per
 * coin) are merged by receive time.
 * <p>
 * {@code l2Book} and {@code trades} frames are served byte for byte as recorded, at their recorded receive
 * times rebased to the first one. Other recorded frames (the recorder's own {@code subscriptionResponse},
 * {@code pong}, ...) are answers to requests the simulator's clients make themselves, so they are not served.
 */
public final class RecordedSource implements SimSource
{
    private final List<SimFrame> frames;
    private final List<String> coins;
    private final String description;
    private int next;

    private RecordedSource(final List<SimFrame> frames, final List<String> coins, final String description)
    {
        this.frames = frames;
        this.coins = coins;
        this.description = description;
    }

    /**
     * Load recordings.
     *
     * @param files    archive or hftbacktest files, in any mix.
     * @param warnings receives one line per recording problem that does not stop the load.
     * @return the loaded source.
     * @throws RecordingException naming file and line on a malformed line.
     * @throws UncheckedIOException if a file cannot be read.
     * @throws IllegalArgumentException if no file holds a frame to serve.
     */
    public static RecordedSource load(final List<Path> files, final Consumer<String> warnings)
    {
        final List<Recorded> recorded = new ArrayList<>();
        for (final Path file : files)
        {
            if (isArchive(file))
            {
                readArchive(file, recorded, warnings);
            }
            else
            {
                HftbacktestRecording.read(List.of(file), new ReadOptions(warnings, false),
                    line -> recorded.add(new Recorded(line.localNs(), line.payloadString(), line.position())));
            }
        }
        recorded.sort(Comparator.comparingLong(Recorded::localNs));
        final List<SimFrame> frames = new ArrayList<>(recorded.size());
        final Set<String> coins = new LinkedHashSet<>();
        long notServed = 0;
        for (final Recorded line : recorded)
        {
            final SimFrame frame;
            try
            {
                frame = FrameText.parse(line.text(), line.localNs() - recorded.get(0).localNs());
            }
            catch (final IllegalArgumentException ex)
            {
                throw new RecordingException(line.position(), ex.getMessage());
            }
            if (frame == null)
            {
                notServed++;
                continue;
            }
            frames.add(frame);
            coins.add(frame.coin());
        }
        if (frames.isEmpty())
        {
            throw new IllegalArgumentException("recording " + files + " holds no l2Book or trades frame");
        }
        if (notServed > 0)
        {
            warnings.accept("recording " + files + ": " + notServed + " frames of other channels not served");
        }
        return new RecordedSource(frames, List.copyOf(coins),
            "recording " + files + " (" + frames.size() + " frames, coins " + coins + ")");
    }

    private static boolean isArchive(final Path file)
    {
        try (LineReader reader = RecordingFiles.openLines(file))
        {
            while (reader.next())
            {
                if (reader.length() > 0)
                {
                    return reader.buffer()[reader.offset()] == '{';
                }
            }
            return false;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(file + ": " + ex.getMessage(), ex);
        }
    }

    private static void readArchive(final Path file, final List<Recorded> into, final Consumer<String> warnings)
    {
        final ArchiveLine archive = new ArchiveLine();
        try (LineReader reader = RecordingFiles.openLines(file))
        {
            while (reader.next())
            {
                if (reader.length() == 0)
                {
                    continue;
                }
                final String position = file + ":" + reader.lineNo();
                try
                {
                    archive.unwrap(reader.buffer(), reader.offset(), reader.length());
                }
                catch (final DecodeException ex)
                {
                    throw new RecordingException(position, ex.getMessage());
                }
                into.add(new Recorded(archive.localTimeNs(), new String(reader.buffer(), archive.rawOffset(),
                    archive.rawLength(), StandardCharsets.UTF_8), position));
            }
            if (reader.tornTail())
            {
                warnings.accept(file + ":" + (reader.lineNo() + 1) + ": torn last line (" + reader.tornLength() +
                    " bytes) skipped");
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(file + ": " + ex.getMessage(), ex);
        }
    }

    /** @return every frame that will be served, in order (for tests and tooling). */
    public List<SimFrame> frames()
    {
        return List.copyOf(frames);
    }

    @Override
    public long peekTimeNs()
    {
        return next < frames.size() ? frames.get(next).sourceTimeNs() : END;
    }

    @Override
    public SimFrame take()
    {
        return frames.get(next++);
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

    private record Recorded(long localNs, String text, String position)
    {
    }
}
