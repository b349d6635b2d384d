package dev.spindle.replay.hyperliquid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONArray;
import com.alibaba.fastjson2.JSONObject;

import dev.spindle.replay.Replay;
import dev.spindle.replay.ReplayOptions;
import dev.spindle.replay.ReplayResult;

/** Runs Hyperliquid replays with their stderr captured, and compares books with recorded messages. */
final class HlFixtures
{
    private HlFixtures()
    {
    }

    /** A replay's result and what it printed. */
    record Run(ReplayResult result, String err)
    {
    }

    static Run run(final ReplayOptions options)
    {
        final StringWriter err = new StringWriter();
        final ReplayResult result = Replay.run(options.quiet(true), new PrintWriter(err, true));
        return new Run(result, err.toString());
    }

    /** A raw l2Book frame with one level a side given as {@code px, sz, n} triples per side. */
    static String book(final String coin, final long timeMs, final String[] bids, final String[] asks)
    {
        return "{\"channel\":\"l2Book\",\"data\":{\"coin\":\"" + coin + "\",\"time\":" + timeMs + ",\"levels\":[" +
            side(bids) + "," + side(asks) + "]}}";
    }

    /** An archive line wrapping {@code frame}. */
    static String archiveLine(final String frame)
    {
        return "{\"time\":\"2024-01-01T12:00:01.138942031\",\"ver_num\":1,\"raw\":" + frame + "}";
    }

    static String[] levels(final String... triples)
    {
        return triples;
    }

    private static String side(final String[] triples)
    {
        final StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < triples.length; i += 3)
        {
            sb.append(i == 0 ? "" : ",").append("{\"px\":\"").append(triples[i]).append("\",\"sz\":\"")
                .append(triples[i + 1]).append("\",\"n\":").append(triples[i + 2]).append('}');
        }
        return sb.append(']').toString();
    }

    static Path writeLines(final Path file, final List<String> lines) throws IOException
    {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /**
     * Assert that a {@code --final-book} file shows exactly the levels (price and size strings) and the time of
     * a recorded l2Book {@code data} object.
     */
    static void assertFinalBookIs(final Path finalBook, final JSONObject data) throws IOException
    {
        final JSONObject written = JSON.parseObject(Files.readString(finalBook));
        assertEquals(data.getLongValue("time"), written.getLongValue("lastUpdateId"));
        final JSONArray levels = data.getJSONArray("levels");
        assertSide(levels.getJSONArray(0), written.getJSONArray("bids"));
        assertSide(levels.getJSONArray(1), written.getJSONArray("asks"));
    }

    private static void assertSide(final JSONArray recorded, final JSONArray written)
    {
        assertEquals(recorded.size(), written.size());
        for (int i = 0; i < recorded.size(); i++)
        {
            final JSONObject level = recorded.getJSONObject(i);
            final JSONArray row = written.getJSONArray(i);
            assertEquals(level.getString("px"), row.getString(0), "level " + i);
            assertEquals(level.getString("sz"), row.getString(1), "level " + i);
        }
    }
}
