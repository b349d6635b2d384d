package dev.spindle.tools.sim.binance.source;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import dev.spindle.capture.format.CryptofeedRecording;
import dev.spindle.capture.format.HftbacktestRecording;
import dev.spindle.capture.format.ReadOptions;
import dev.spindle.tools.sim.binance.book.SimBook;

/**
 * Serves a recorded capture, loaded whole into memory at construction (the repository's recordings are tens of
 * MB at most).
 * <p>
 * What is served, per symbol: the book starts at the recording's first REST snapshot; depth events with
 * {@code u <= lastUpdateId} are not served (the book before the snapshot is unknown), so the depth stream
 * starts right after the snapshot and REST answers are always exact. Other frames of the symbol (trades,
 * bookTicker...) recorded before its first served depth event are dropped too. Every served frame is sent
 * byte for byte as recorded; times are the recorded local receive times, rebased to the first served frame.
 * Only combined-stream frames ({@code {"stream":..,"data":..}}) are served.
 */
public final class RecordedSource implements FrameSource
{
    private final List<SimFrame> frames;
    private final Map<String, SimBook> books;
    private final Set<String> knownStreams;
    private final String description;
    private int next;

    RecordedSource(
        final List<SimFrame> frames,
        final Map<String, SimBook> books,
        final Set<String> knownStreams,
        final String description)
    {
        this.frames = frames;
        this.books = Collections.unmodifiableMap(books);
        this.knownStreams = Collections.unmodifiableSet(knownStreams);
        this.description = description;
    }

    /**
     * Load hftbacktest collector captures read in order as one recording (e.g. a capture split at midnight).
     *
     * @param files         {@code .gz} or plain files.
     * @param historyEvents events each book keeps for {@link SimBook#viewAt(long)}.
     * @param warnings      receives one line per recording problem that does not stop the load.
     * @return the loaded source.
     * @throws dev.spindle.capture.format.RecordingException naming file and line on a malformed line.
     * @throws IllegalArgumentException if nothing can be served.
     */
    public static RecordedSource hftbacktest(
        final List<Path> files, final int historyEvents, final Consumer<String> warnings)
    {
        final RecordingLoader loader = new RecordingLoader(warnings);
        HftbacktestRecording.read(files, new ReadOptions(warnings, false), loader);
        return loader.build("hftbacktest " + files, historyEvents);
    }

    /**
     * Load a cryptofeed raw-data recording of one exchange.
     *
     * @param folder        the recording folder.
     * @param exchange      the file prefix, e.g. {@code BINANCE}.
     * @param historyEvents events each book keeps for {@link SimBook#viewAt(long)}.
     * @param warnings      receives one line per recording problem that does not stop the load.
     * @return the loaded source.
     * @throws dev.spindle.capture.format.RecordingException naming file and line on a malformed line.
     * @throws IllegalArgumentException if nothing can be served.
     */
    public static RecordedSource cryptofeed(
        final Path folder, final String exchange, final int historyEvents, final Consumer<String> warnings)
    {
        final RecordingLoader loader = new RecordingLoader(warnings);
        CryptofeedRecording.read(folder, exchange, new ReadOptions(warnings, false), loader);
        return loader.build("cryptofeed " + folder + " " + exchange, historyEvents);
    }

    /** @return every frame that will be served, in order (for tests and tooling). */
    public List<SimFrame> frames()
    {
        return Collections.unmodifiableList(frames);
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
    public Map<String, SimBook> books()
    {
        return books;
    }

    @Override
    public Set<String> knownStreams()
    {
        return knownStreams;
    }

    @Override
    public String describe()
    {
        return description;
    }
}
