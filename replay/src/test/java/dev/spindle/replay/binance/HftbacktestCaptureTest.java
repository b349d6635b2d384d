package dev.spindle.replay.binance;

import static dev.spindle.replay.binance.Fixtures.levels;
import static dev.spindle.replay.binance.Fixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.spindle.replay.ReplayOptions;

/** hftbacktest-format captures made by hand: inline snapshots, several symbols, gzip, several files. */
class HftbacktestCaptureTest
{
    @TempDir
    Path dir;

    private long ns = 1_717_000_000_000_000_000L;

    @Test
    void shouldResyncFromTheNextInlineSnapshotAfterAGap() throws IOException
    {
        final List<String> lines = new ArrayList<>();
        lines.add(frame("BTCUSDT", 101, 101, "100.5", "1.0"));
        lines.add(line(snapshot(100, levels("100.00000000", "1.00000000"), levels("101.00000000", "2.00000000"))));
        lines.add(frame("BTCUSDT", 102, 102, "100.4", "1.0"));
        lines.add(frame("BTCUSDT", 110, 110, "100.3", "1.0"));
        lines.add(frame("BTCUSDT", 111, 111, "100.2", "1.0"));
        lines.add(line(snapshot(111, levels("99.00000000", "9.00000000"), levels("101.00000000", "2.00000000"))));
        lines.add(frame("BTCUSDT", 112, 112, "98.5", "1.0"));
        final Path capture = gzip(dir.resolve("btcusdt.gz"), lines);
        final Path book = dir.resolve("book.json");

        final Fixtures.Run run = Fixtures.run(new ReplayOptions().inputs(List.of(capture))
            .model(ReplayOptions.Model.NONE).finalBook(book));

        assertEquals(1, run.result().gaps(), run.err());
        assertEquals(1, run.result().resyncs(), run.err());
        assertEquals(0, run.result().bridges(), run.err());
        assertEquals("{\"lastUpdateId\":112,\"bids\":[[\"99.00000000\",\"9.00000000\"],[\"98.50000000\"," +
            "\"1.00000000\"]],\"asks\":[[\"101.00000000\",\"2.00000000\"]]}", Files.readString(book));
    }

    @Test
    void shouldReplayTheChosenSymbolOfACaptureHoldingSeveralAcrossFiles() throws IOException
    {
        final List<String> first = new ArrayList<>();
        first.add(line(snapshot(100, levels("100.00000000", "1.00000000"), levels("101.00000000", "2.00000000"))));
        first.add(frame("ETHUSDT", 5_000_000_001L, 5_000_000_001L, "3000.1", "1.0"));
        first.add(frame("BTCUSDT", 101, 101, "100.5", "1.0"));
        first.add(line(snapshot(5_000_000_000L, levels("3000.00000000", "1.00000000"),
            levels("3001.00000000", "1.00000000"))));
        final List<String> second = new ArrayList<>();
        second.add(frame("ETHUSDT", 5_000_000_002L, 5_000_000_002L, "3000.2", "1.0"));
        second.add(frame("BTCUSDT", 102, 102, "100.5", "0.0"));
        final Path day1 = gzip(dir.resolve("day1.gz"), first);
        final Path day2 = Files.writeString(dir.resolve("day2.txt"), String.join("\n", second) + "\n");
        final Path book = dir.resolve("book.json");
        final Path twice = dir.resolve("twice.json");

        final Fixtures.Run run = Fixtures.run(new ReplayOptions().inputs(List.of(day1, day2)).symbol("btcusdt")
            .model(ReplayOptions.Model.NONE).finalBook(book));
        Fixtures.run(new ReplayOptions().inputs(List.of(day1, day2)).symbol("BTCUSDT")
            .model(ReplayOptions.Model.NONE).finalBook(twice));

        assertEquals("BTCUSDT", run.result().symbol());
        assertEquals(2, run.result().diffsApplied(), run.err());
        assertTrue(run.err().contains("taken for another symbol's, skipped"), run.err());
        assertEquals("{\"lastUpdateId\":102,\"bids\":[[\"100.00000000\",\"1.00000000\"]],\"asks\":" +
            "[[\"101.00000000\",\"2.00000000\"]]}", Files.readString(book));
        assertArrayEquals(Files.readAllBytes(book), Files.readAllBytes(twice));
    }

    private String frame(final String symbol, final long firstId, final long lastId, final String price,
        final String qty)
    {
        return line("{\"stream\":\"" + symbol.toLowerCase(Locale.ROOT) + "@depth@100ms\",\"data\":" +
            Fixtures.diff(firstId, lastId, 1_717_000_000_000L + firstId, levels(price, qty), levels())
                .replace("\"BTCUSDT\"", "\"" + symbol + "\"") + "}");
    }

    private String line(final String json)
    {
        ns += 1_000_000;
        return ns + " " + json;
    }

    private static Path gzip(final Path file, final List<String> lines) throws IOException
    {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file)))
        {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        return file;
    }
}
