package dev.spindle.tools.sim.binance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;

import dev.spindle.capture.format.CryptofeedRecording;
import dev.spindle.capture.format.HftbacktestRecording;
import dev.spindle.capture.format.ReadOptions;
import dev.spindle.capture.format.RecordedLine;

/**
 * Reads a recording with the capture module's readers and works out, independently of the simulator, which
 * frames a client must see: per symbol, everything from the first depth event past the first snapshot.
 */
final class RecordingFixture
{
    /** A recorded combined frame. */
    record Recorded(String stream, String symbol, String line, String payload, boolean depth, long lastUpdateId)
    {
    }

    final List<Recorded> frames = new ArrayList<>();
    final Map<String, JSONObject> snapshots = new HashMap<>();

    static RecordingFixture hftbacktest(final List<Path> files)
    {
        final RecordingFixture fixture = new RecordingFixture();
        HftbacktestRecording.read(files, ReadOptions.STRICT, fixture::add);
        return fixture;
    }

    static RecordingFixture cryptofeed(final Path folder)
    {
        final RecordingFixture fixture = new RecordingFixture();
        CryptofeedRecording.read(folder, "BINANCE", ReadOptions.STRICT, fixture::add);
        return fixture;
    }

    private void add(final RecordedLine line)
    {
        final String text = line.payloadString();
        if (line.kind() == RecordedLine.Kind.REST_SNAPSHOT)
        {
            // hftbacktest snapshots do not name their symbol; these recordings hold one symbol each.
            snapshots.putIfAbsent(line.restSymbol() == null ? "ETHUSDT" : line.restSymbol(), JSON.parseObject(text));
            return;
        }
        final JSONObject frame = JSON.parseObject(text);
        final String stream = frame.getString("stream");
        if (stream == null)
        {
            return;
        }
        final String symbol = stream.substring(0, stream.indexOf('@')).toUpperCase(java.util.Locale.ROOT);
        final JSONObject data = frame.getJSONObject("data");
        final boolean depth = "depthUpdate".equals(data.getString("e"));
        final String payload = text.substring(text.indexOf("\"data\":") + 7, text.length() - 1);
        frames.add(new Recorded(stream, symbol, text, payload, depth, depth ? data.getLongValue("u") : 0));
    }

    /**
     * @param streams the streams a client subscribed to.
     * @return the recorded frames of those streams the simulator must serve, in order.
     */
    List<Recorded> served(final Set<String> streams)
    {
        final Map<String, Boolean> started = new HashMap<>();
        final List<Recorded> out = new ArrayList<>();
        for (final Recorded f : frames)
        {
            final JSONObject snapshot = snapshots.get(f.symbol());
            if (snapshot != null && !started.getOrDefault(f.symbol(), false))
            {
                if (!f.depth() || f.lastUpdateId() <= snapshot.getLongValue("lastUpdateId"))
                {
                    continue;
                }
                started.put(f.symbol(), true);
            }
            if (streams.contains(f.stream()))
            {
                out.add(f);
            }
        }
        return out;
    }
}
