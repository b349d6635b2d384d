package dev.spindle.replay.binance;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import dev.spindle.capture.FileKind;
import dev.spindle.capture.SessionLayout;
import dev.spindle.capture.meta.CaptureState;
import dev.spindle.capture.meta.CheckpointEntry;
import dev.spindle.capture.meta.FileSummary;
import dev.spindle.capture.meta.MetadataCodec;
import dev.spindle.capture.meta.PartSummary;
import dev.spindle.capture.meta.SessionMetadata;
import dev.spindle.capture.Compression;
import dev.spindle.capture.Rotation;
import dev.spindle.replay.Replay;
import dev.spindle.replay.ReplayOptions;
import dev.spindle.replay.ReplayResult;

/** Builds small captures for replay tests and runs replays with their stderr captured. */
final class Fixtures
{
    private Fixtures()
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

    /** @return a raw spot depthUpdate frame; levels are {"price","qty"} pairs. */
    static String diff(final long firstId, final long lastId, final long timeMs, final String[][] bids,
        final String[][] asks)
    {
        return "{\"e\":\"depthUpdate\",\"E\":" + timeMs + ",\"s\":\"BTCUSDT\",\"U\":" + firstId + ",\"u\":" + lastId +
            ",\"b\":" + json(bids) + ",\"a\":" + json(asks) + "}";
    }

    static String snapshot(final long lastUpdateId, final String[][] bids, final String[][] asks)
    {
        return "{\"lastUpdateId\":" + lastUpdateId + ",\"bids\":" + json(bids) + ",\"asks\":" + json(asks) + "}";
    }

    static String[][] levels(final String... pricesAndQtys)
    {
        final String[][] levels = new String[pricesAndQtys.length / 2][];
        for (int i = 0; i < levels.length; i++)
        {
            levels[i] = new String[] {pricesAndQtys[2 * i], pricesAndQtys[2 * i + 1]};
        }
        return levels;
    }

    private static String json(final String[][] levels)
    {
        final StringBuilder sb = new StringBuilder("[");
        for (final String[] level : levels)
        {
            sb.append(sb.length() > 1 ? "," : "").append("[\"").append(level[0]).append("\",\"").append(level[1])
                .append("\"]");
        }
        return sb.append(']').toString();
    }

    static Path write(final Path file, final String text) throws IOException
    {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.US_ASCII);
    }

    static Path writeLines(final Path file, final List<String> lines) throws IOException
    {
        return write(file, String.join("\n", lines) + "\n");
    }

    /**
     * Write a spindle session: metadata.json, snapshot.json, diffs.jsonl + diffs.recv and checkpoints.
     *
     * @return the session directory.
     */
    static Path session(final Path dir, final String symbol, final String snapshot, final List<String> diffs,
        final Map<Long, String> checkpoints) throws IOException
    {
        Files.createDirectories(dir);
        write(dir.resolve(SessionLayout.SNAPSHOT), snapshot);
        writeLines(dir.resolve("diffs.jsonl"), diffs);
        final List<String> recv = new ArrayList<>();
        for (int i = 0; i < diffs.size(); i++)
        {
            recv.add(Long.toString(1_717_000_000_000_000_000L + i * 100_000_000L));
        }
        writeLines(dir.resolve("diffs.recv"), recv);
        final List<CheckpointEntry> entries = new ArrayList<>();
        for (final Map.Entry<Long, String> checkpoint : checkpoints.entrySet())
        {
            final String file = SessionLayout.checkpointPath(checkpoint.getKey());
            write(dir.resolve(file), checkpoint.getValue());
            entries.add(new CheckpointEntry(checkpoint.getKey(), file, 0, checkpoint.getValue().length()));
        }
        final SessionMetadata metadata = new SessionMetadata(SessionLayout.FORMAT_VERSION, "test", "binance", symbol,
            "20240530-000000", CaptureState.CLOSED, 1_717_000_000_000L, 1_717_000_100_000L, 1_717_000_100_000L,
            1000, Rotation.NONE, Compression.NONE, 0, SessionLayout.RECV_TIMES_DESCRIPTION, -1, -1, -1, 0,
            List.of(new FileSummary(FileKind.DIFFS, diffs.size(), 0, 0, 0,
                List.of(new PartSummary(0, "diffs.jsonl", "diffs.recv", 1, diffs.size(), 1_717_000_000_000L)))),
            entries, 0, List.of());
        Files.write(dir.resolve(SessionLayout.METADATA), MetadataCodec.toJson(metadata));
        return dir;
    }

    /**
     * Run {@code ../shared/bench/gen_binance_capture.py} (next to the data directory) into {@code out}; skips the
     * calling test visibly when python3 or the generator is missing.
     */
    static Path generate(final Path out, final int diffs, final int seed) throws IOException, InterruptedException
    {
        final Path dataDir = Path.of(System.getProperty("spindle.data.dir", "../../shared/data"));
        final Path generator = dataDir.resolve("../bench/gen_binance_capture.py").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isRegularFile(generator), "SKIPPED: generator missing: " + generator);
        final Process process;
        try
        {
            process = new ProcessBuilder("python3", generator.toString(), out.toString(), "--diffs",
                Integer.toString(diffs), "--seed", Integer.toString(seed)).redirectErrorStream(true).start();
        }
        catch (final IOException ex)
        {
            System.err.println("SKIPPED: python3 not available: " + ex.getMessage());
            Assumptions.abort("python3 not available: " + ex.getMessage());
            throw ex;
        }
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0)
        {
            throw new IOException("generator failed: " + output);
        }
        return out;
    }
}
