package dev.spindle.tools.sim.binance.source;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONException;
import com.alibaba.fastjson2.JSONObject;

import dev.spindle.capture.format.RecordHandler;
import dev.spindle.capture.format.RecordedLine;
import dev.spindle.capture.format.RecordingException;
import dev.spindle.tools.sim.binance.book.BookJson;
import dev.spindle.tools.sim.binance.book.SimBook;

/**
 * Collects a whole recording in memory, then decides what is served (see {@link RecordedSource}).
 */
final class RecordingLoader implements RecordHandler
{
    private static final byte[] WRAPPER_PREFIX = "{\"stream\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DATA_SEPARATOR = "\",\"data\":".getBytes(StandardCharsets.US_ASCII);

    private final Consumer<String> warnings;
    private final List<RecordedEntry> entries = new ArrayList<>();
    private long unwrappedFrames;
    private String firstUnwrapped;

    RecordingLoader(final Consumer<String> warnings)
    {
        this.warnings = warnings;
    }

    @Override
    public void onLine(final RecordedLine line)
    {
        final byte[] buf = line.buffer();
        final int off = line.offset();
        final int len = line.length();
        if (line.kind() == RecordedLine.Kind.REST_SNAPSHOT)
        {
            entries.add(parseSnapshot(line, buf, off, len));
            return;
        }
        final int nameEnd = wrapperNameEnd(buf, off, len);
        if (nameEnd < 0)
        {
            if (indexOf(buf, off, off + len, "\"result\"") < 0)
            {
                unwrappedFrames++;
                if (firstUnwrapped == null)
                {
                    firstUnwrapped = line.position();
                }
            }
            return;
        }
        final int nameStart = off + WRAPPER_PREFIX.length;
        final String stream = new String(buf, nameStart, nameEnd - nameStart, StandardCharsets.UTF_8);
        final byte[] bytes = Arrays.copyOfRange(buf, off, off + len);
        final int payloadOffset = nameEnd - off + DATA_SEPARATOR.length;
        final int payloadLength = len - 1 - payloadOffset;
        final String symbol = StreamNames.symbolOf(stream);
        if (!StreamNames.isDiffDepth(stream))
        {
            entries.add(RecordedEntry.frame(
                line.position(), line.localNs(), stream, symbol, bytes, payloadOffset, payloadLength));
            return;
        }
        try
        {
            final JSONObject data = JSON.parseObject(bytes, payloadOffset, payloadLength, StandardCharsets.UTF_8);
            if (!"depthUpdate".equals(data.getString("e")) || !data.containsKey("U") || !data.containsKey("u"))
            {
                throw new RecordingException(line.position(), stream + " frame is not a depthUpdate with U and u");
            }
            entries.add(RecordedEntry.depth(line.position(), line.localNs(), stream, symbol, bytes,
                payloadOffset, payloadLength, data.getLongValue("U"), data.getLongValue("u"),
                data.getLongValue("E"), BookJson.parseLevels(data.getJSONArray("b")),
                BookJson.parseLevels(data.getJSONArray("a"))));
        }
        catch (final JSONException | IllegalArgumentException ex)
        {
            throw new RecordingException(line.position(), "bad " + stream + " frame: " + ex.getMessage());
        }
    }

    private static RecordedEntry parseSnapshot(final RecordedLine line, final byte[] buf, final int off, final int len)
    {
        try
        {
            final JSONObject body = JSON.parseObject(buf, off, len, StandardCharsets.UTF_8);
            if (!body.containsKey("lastUpdateId"))
            {
                throw new RecordingException(line.position(), "REST snapshot without lastUpdateId");
            }
            return RecordedEntry.snapshot(line.position(), line.localNs(), line.restSymbol(),
                body.getLongValue("lastUpdateId"), BookJson.parseLevels(body.getJSONArray("bids")),
                BookJson.parseLevels(body.getJSONArray("asks")));
        }
        catch (final JSONException | IllegalArgumentException ex)
        {
            throw new RecordingException(line.position(), "bad REST snapshot: " + ex.getMessage());
        }
    }

    /**
     * Decide what is served: per symbol, the first snapshot sets the book; depth events with
     * {@code u <= lastUpdateId} are dropped; the symbol's stream starts at its first kept depth event (at the
     * snapshot if none is kept), and its other frames before that point are dropped too. Symbols without a
     * snapshot keep their non-depth frames only. Times are rebased to the first served frame.
     */
    RecordedSource build(final String name, final int historyEvents)
    {
        if (unwrappedFrames > 0)
        {
            warnings.accept(name + ": " + unwrappedFrames + " frames not in combined-stream form skipped (first at " +
                firstUnwrapped + ")");
        }
        final Map<String, Integer> snapshotIndex = assignSnapshots(name);
        final Map<String, Integer> startIndex = startIndices(snapshotIndex);
        final Set<String> unservedDepth = new LinkedHashSet<>();
        final Map<String, Long> chainIds = new HashMap<>();
        final Set<String> gapWarned = new LinkedHashSet<>();
        final List<SimFrame> frames = new ArrayList<>();
        final Set<String> streams = new LinkedHashSet<>();
        long baseNs = Long.MIN_VALUE;
        long lastNs = 0;
        for (int i = 0; i < entries.size(); i++)
        {
            final RecordedEntry e = entries.get(i);
            if (e.snapshot())
            {
                continue;
            }
            final Integer snapshotAt = snapshotIndex.get(e.symbol());
            if (e.depth())
            {
                if (snapshotAt == null)
                {
                    unservedDepth.add(e.symbol());
                    continue;
                }
                final long bookId = chainIds.getOrDefault(e.symbol(), entries.get(snapshotAt).lastUpdateId());
                if (e.lastUpdateId() <= bookId)
                {
                    continue;
                }
                if (e.firstUpdateId() > bookId + 1 && gapWarned.add(e.symbol()))
                {
                    warnings.accept(e.position() + ": " + e.symbol() + " depth U=" + e.firstUpdateId() +
                        " after update id " + bookId + ": the recording has a gap, served as recorded");
                }
                chainIds.put(e.symbol(), e.lastUpdateId());
            }
            else
            {
                final Integer start = startIndex.get(e.symbol());
                if (start != null && i < start)
                {
                    continue;
                }
            }
            if (baseNs == Long.MIN_VALUE)
            {
                baseNs = e.localNs();
            }
            lastNs = Math.max(lastNs, e.localNs() - baseNs);
            frames.add(e.toFrame(lastNs));
            streams.add(e.stream());
        }
        for (final String symbol : unservedDepth)
        {
            warnings.accept(name + ": " + symbol + " has depth events but no REST snapshot: its depth is not served");
        }
        if (frames.isEmpty())
        {
            throw new IllegalArgumentException(name + ": nothing to serve (no combined-stream frames after the " +
                "snapshot points)");
        }
        final Map<String, SimBook> books = new TreeMap<>();
        for (final Map.Entry<String, Integer> entry : snapshotIndex.entrySet())
        {
            final RecordedEntry snapshot = entries.get(entry.getValue());
            final SimBook book = new SimBook(entry.getKey(), historyEvents);
            book.reset(snapshot.lastUpdateId(), snapshot.bids(), snapshot.asks());
            books.put(entry.getKey(), book);
        }
        final String description = name + ": " + frames.size() + " frames, books " + books.keySet();
        entries.clear();
        return new RecordedSource(frames, books, streams, description);
    }

    private Map<String, Integer> assignSnapshots(final String name)
    {
        final Map<String, Integer> first = new LinkedHashMap<>();
        int later = 0;
        for (int i = 0; i < entries.size(); i++)
        {
            final RecordedEntry e = entries.get(i);
            if (!e.snapshot())
            {
                continue;
            }
            final String symbol = e.symbol() != null ? e.symbol() : inferSymbol(e.lastUpdateId());
            if (symbol == null)
            {
                warnings.accept(e.position() + ": REST snapshot matches no depth stream of the recording, ignored");
            }
            else if (first.putIfAbsent(symbol, i) != null)
            {
                later++;
            }
        }
        if (later > 0)
        {
            warnings.accept(name + ": " + later + " later REST snapshots ignored (the simulator's book follows the " +
                "diffs from the first one)");
        }
        return first;
    }

    /**
     * A snapshot line that does not name its symbol (hftbacktest) belongs to the depth stream whose update ids
     * pass closest to its {@code lastUpdateId}: ids of different symbols live in unrelated ranges.
     */
    private String inferSymbol(final long lastUpdateId)
    {
        final Map<String, Long> distance = new HashMap<>();
        for (final RecordedEntry e : entries)
        {
            if (e.depth())
            {
                final long d = lastUpdateId < e.firstUpdateId() - 1 ? e.firstUpdateId() - 1 - lastUpdateId :
                    lastUpdateId > e.lastUpdateId() ? lastUpdateId - e.lastUpdateId() : 0;
                distance.merge(e.symbol(), d, Math::min);
            }
        }
        String best = null;
        for (final Map.Entry<String, Long> entry : distance.entrySet())
        {
            if (best == null || entry.getValue() < distance.get(best))
            {
                best = entry.getKey();
            }
        }
        return best;
    }

    private Map<String, Integer> startIndices(final Map<String, Integer> snapshotIndex)
    {
        final Map<String, Integer> start = new HashMap<>();
        for (int i = 0; i < entries.size(); i++)
        {
            final RecordedEntry e = entries.get(i);
            final Integer snapshotAt = snapshotIndex.get(e.symbol());
            if (e.depth() && snapshotAt != null && !start.containsKey(e.symbol()) &&
                e.lastUpdateId() > entries.get(snapshotAt).lastUpdateId())
            {
                start.put(e.symbol(), i);
            }
        }
        for (final Map.Entry<String, Integer> entry : snapshotIndex.entrySet())
        {
            start.putIfAbsent(entry.getKey(), entry.getValue());
        }
        return start;
    }

    /** @return index just past the stream name of a {@code {"stream":"<name>","data":...}} line, or -1. */
    private static int wrapperNameEnd(final byte[] buf, final int off, final int len)
    {
        final int end = off + len;
        if (len < WRAPPER_PREFIX.length + DATA_SEPARATOR.length + 2 || buf[end - 1] != '}' ||
            !regionEquals(buf, off, WRAPPER_PREFIX))
        {
            return -1;
        }
        for (int i = off + WRAPPER_PREFIX.length; i < end; i++)
        {
            if (buf[i] == '"')
            {
                return regionEquals(buf, i, DATA_SEPARATOR) && i + DATA_SEPARATOR.length < end - 1 ? i : -1;
            }
        }
        return -1;
    }

    private static boolean regionEquals(final byte[] buf, final int at, final byte[] expected)
    {
        if (at + expected.length > buf.length)
        {
            return false;
        }
        for (int i = 0; i < expected.length; i++)
        {
            if (buf[at + i] != expected[i])
            {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(final byte[] buf, final int from, final int end, final String needle)
    {
        final byte[] bytes = needle.getBytes(StandardCharsets.US_ASCII);
        for (int i = from; i <= end - bytes.length; i++)
        {
            if (regionEquals(buf, i, bytes))
            {
                return i;
            }
        }
        return -1;
    }
}
