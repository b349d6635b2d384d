package dev.spindle.capture.writer;

import static dev.spindle.capture.CaptureTesting.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.spindle.capture.FileKind;
import dev.spindle.capture.meta.CaptureState;
import dev.spindle.capture.meta.MetadataCodec;
import dev.spindle.capture.meta.SessionMetadata;
import dev.spindle.capture.reader.SessionReader;

/**
 * A capture in a child JVM that ends by signal. kill -9: the session must stay readable, consistent with its
 * metadata, and lose at most about one flush interval. SIGTERM with the launchers' shutdown hook: a normal end
 * with end time and final counts.
 */
class CaptureProcessTest
{
    private static final long FLUSH_MS = 100;
    /** Allowance for a capture thread starved on a loaded 2-core machine, on top of the flush interval. */
    private static final long SLACK_MS = 1_000;

    @TempDir
    Path dir;

    @Test
    @Timeout(90)
    void shouldKeepPlainSessionReadableAfterKillNine() throws Exception
    {
        killAndCheck("plain", "none", "none");
    }

    @Test
    @Timeout(90)
    void shouldWriteEndTimeAndFinalCountsOnSigterm() throws Exception
    {
        final Path sessionDir = dir.resolve("binance/ethusdt/term");
        final Process child = startChild("term", "none", "none", "hook");
        try
        {
            await("child capturing", () -> linesInMetadata(sessionDir.resolve("metadata.json")) >= 200 ||
                !child.isAlive());
            assertTrue(child.isAlive(), () -> "child died: " + output("term"));
        }
        finally
        {
            child.destroy();
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child ended");

        final List<String> warnings = new ArrayList<>();
        final SessionReader reader = SessionReader.open(sessionDir, warnings::add);
        final SessionMetadata metadata = reader.metadata().orElseThrow();
        assertEquals(CaptureState.CLOSED, metadata.state());
        assertTrue(metadata.endEpochMs() >= metadata.startEpochMs());
        final long lines = reader.read(FileKind.DIFFS, (recvEpochNs, buf, offset, length, lineNo) -> { });
        assertEquals(metadata.lines(FileKind.DIFFS), lines, "final counts match the files");
        assertEquals(lines, metadata.lastUpdateId());
        assertEquals(List.of(), warnings);
    }

    @Test
    @Timeout(90)
    void shouldKeepGzipSessionReadableAfterKillNine() throws Exception
    {
        killAndCheck("gzip", "hourly", "gzip");
    }

    private void killAndCheck(final String session, final String rotate, final String compress) throws Exception
    {
        final Path sessionDir = dir.resolve("binance/ethusdt").resolve(session);
        final Path metadataFile = sessionDir.resolve("metadata.json");
        final Process child = startChild(session, rotate, compress, "nohook");
        final long killEpochMs;
        try
        {
            await("child capturing", () -> linesInMetadata(metadataFile) >= 500 || !child.isAlive());
            assertTrue(child.isAlive(), () -> "child died: " + output(session));
            Thread.sleep(FLUSH_MS * 3 + FLUSH_MS / 2);
            killEpochMs = System.currentTimeMillis();
        }
        finally
        {
            child.destroyForcibly();
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child gone");

        final List<String> warnings = new ArrayList<>();
        final SessionReader reader = SessionReader.open(sessionDir, warnings::add);
        final SessionMetadata metadata = reader.metadata().orElseThrow();
        assertEquals(CaptureState.RUNNING, metadata.state(), "no end was written");
        assertEquals(-1, metadata.endEpochMs());
        assertEquals(0, metadata.firstSnapshotId());

        final long[] previousId = {0};
        final long[] lastRecvNs = {0};
        final long lines = reader.read(FileKind.DIFFS, (recvEpochNs, buf, offset, length, lineNo) ->
        {
            final JSONObject frame = JSON.parseObject(new String(buf, offset, length, StandardCharsets.UTF_8));
            final long id = frame.getLongValue("U");
            assertEquals(previousId[0] + 1, id, "gap-free up to the end, line " + lineNo);
            assertEquals(frame.getLongValue("t"), recvEpochNs, "receive time paired with its own line " + lineNo);
            previousId[0] = id;
            lastRecvNs[0] = recvEpochNs;
        });

        assertTrue(lines >= metadata.lines(FileKind.DIFFS),
            "files hold at least what metadata counted: " + lines + " < " + metadata.lines(FileKind.DIFFS));
        final ByteBuffer progress = ByteBuffer.wrap(Files.readAllBytes(dir.resolve(session + ".progress")));
        final long lastAcceptedId = progress.getLong(0);
        final long lostMs = (progress.getLong(8) - lastRecvNs[0]) / 1_000_000L;
        assertTrue(lostMs <= FLUSH_MS + SLACK_MS, "the last " + lostMs + " ms of accepted frames were lost; flush " +
            "interval " + FLUSH_MS + " ms; warnings " + warnings);
        System.out.println("kill -9 " + session + ": " + lines + " lines readable; lost the last " +
            (lastAcceptedId - previousId[0]) + " accepted frames (" + lostMs + " ms, flush interval " + FLUSH_MS +
            " ms), " + (killEpochMs - lastRecvNs[0] / 1_000_000L) + " ms before the kill; warnings " + warnings);
    }

    private Process startChild(final String session, final String rotate, final String compress, final String hook)
        throws IOException
    {
        final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(
            java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
            CaptureChildMain.class.getName(), dir.toString(), session, Long.toString(FLUSH_MS), rotate, compress,
            hook, dir.resolve(session + ".progress").toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve(session + ".out").toFile())
            .start();
    }

    private static long linesInMetadata(final Path metadataFile)
    {
        try
        {
            return Files.exists(metadataFile) ?
                MetadataCodec.fromJson(Files.readAllBytes(metadataFile), metadataFile.toString()).lines(FileKind.DIFFS) : 0;
        }
        catch (final IOException ex)
        {
            throw new AssertionError("metadata unreadable while the child runs: " + ex.getMessage(), ex);
        }
    }

    private String output(final String session)
    {
        try
        {
            return Files.readString(dir.resolve(session + ".out"));
        }
        catch (final IOException ex)
        {
            return ex.toString();
        }
    }
}
