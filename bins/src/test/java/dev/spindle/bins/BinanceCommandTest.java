package dev.spindle.bins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.spindle.capture.FileKind;
import dev.spindle.capture.meta.CaptureState;
import dev.spindle.capture.reader.SessionReader;
import dev.spindle.tools.sim.binance.BinanceSimConfig;
import dev.spindle.tools.sim.binance.BinanceSimulator;

/** {@code spindle binance} as a user runs it: flag errors, a timed run with capture, and SIGTERM. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
final class BinanceCommandTest
{
    @TempDir
    Path dir;

    static Stream<Arguments> badFlags()
    {
        return Stream.of(
            Arguments.of(List.of("--depth-limit", "0"), "--depth-limit"),
            Arguments.of(List.of("--streams", "depth@100ms,candles"), "--streams"),
            Arguments.of(List.of("--streams", "trade"), "--streams"),
            Arguments.of(List.of("--symbols", "btc-usdt"), "--symbols"),
            Arguments.of(List.of("--idle", "fast"), "--idle"),
            Arguments.of(List.of("--log", "xml"), "--log"),
            Arguments.of(List.of("--stale-ms", "5"), "--stale-ms"),
            Arguments.of(List.of("--ws-url", "http://example.com"), "--ws-url"),
            Arguments.of(List.of("--max-connection-age", "5y"), "--max-connection-age"),
            Arguments.of(List.of("--duration", "soon"), "--duration"),
            Arguments.of(List.of("--core", "4096"), "--core"),
            Arguments.of(List.of("--capture-dir", "x", "--checkpoint-interval", "5x"), "--checkpoint-interval"),
            Arguments.of(List.of("--capture-dir", "x", "--capture-compress", "gzip"), "--capture-compress"),
            Arguments.of(List.of("--no-such-flag"), "--no-such-flag"),
            // Hostile values: overflowing, negative, empty, repeated, path-like, control characters, too long.
            Arguments.of(List.of("--depth-limit", "99999999999999999999"), "--depth-limit"),
            Arguments.of(List.of("--stale-ms", "-1"), "--stale-ms"),
            Arguments.of(List.of("--stale-ms", "9223372036854775807"), "--stale-ms"),
            Arguments.of(List.of("--max-connection-age", "999999999999h"), "--max-connection-age"),
            Arguments.of(List.of("--duration", "999999999999h"), "--duration"),
            Arguments.of(List.of("--duration", "0s"), "--duration"),
            Arguments.of(List.of("--metrics-interval", "0s"), "--metrics-interval"),
            Arguments.of(List.of("--core", "-1"), "--core"),
            Arguments.of(List.of("--symbols", ""), "--symbols"),
            Arguments.of(List.of("--symbols", "btcusdt,BTCUSDT"), "--symbols"),
            Arguments.of(List.of("--symbols", "../x"), "--symbols"),
            Arguments.of(List.of("--symbols", "/etc/passwd"), "--symbols"),
            Arguments.of(List.of("--symbols", "btc\0usdt"), "--symbols"),
            Arguments.of(List.of("--symbols", "b".repeat(33)), "--symbols"),
            Arguments.of(List.of("--capture-dir", "x", "--capture-session", "../x"), "--capture-session"),
            Arguments.of(List.of("--capture-dir", "x", "--capture-session", "a/b"), "--capture-session"),
            Arguments.of(List.of("--capture-dir", "x", "--capture-session", "/tmp/abs"), "--capture-session"),
            Arguments.of(List.of("--capture-dir", "x", "--capture-session", "a\0b"), "--capture-session"),
            Arguments.of(List.of("--capture-dir", "x", "--capture-session", "a\nb"), "--capture-session"),
            Arguments.of(List.of("--capture-dir", "x", "--capture-session", "s".repeat(300)), "--capture-session"),
            Arguments.of(List.of("--capture-dir", "x", "--capture-flush-ms", "0"), "--capture-flush-ms"),
            // Conflicting: capture settings without a capture directory are an error, not silently ignored.
            Arguments.of(List.of("--capture-session", "run1"), "--capture-session"),
            Arguments.of(List.of("--capture-rotate", "daily"), "--capture-rotate"));
    }

    @ParameterizedTest
    @MethodSource("badFlags")
    void shouldRejectABadFlagWithOneLineNamingItAndExitTwo(final List<String> args, final String flag)
    {
        InProcessCli.assertRejected(BinanceCommand::new, args, flag);
    }

    @Test
    void shouldRunForTheDurationPrintStatusAndSummaryAndCloseTheCapture() throws IOException
    {
        try (BinanceSimulator sim = BinanceSimulator.start(
            BinanceSimConfig.builder().synthetic(List.of("btcusdt", "ethusdt"), 100, 5, 20).build()))
        {
            final ByteArrayOutputStream out = new ByteArrayOutputStream();
            final ByteArrayOutputStream err = new ByteArrayOutputStream();
            final Path logFile = dir.resolve("binance.log");
            final int exit = runInProcess(List.of(
                "--symbols", "btcusdt,ethusdt", "--ws-url", sim.wsUrl(), "--rest-url", sim.restUrl(),
                "--duration", "4s", "--metrics-interval", "1s", "--log", "json", "--log-file", logFile.toString(),
                "--capture-dir", dir.resolve("capture").toString(), "--capture-session", "run1"), out, err);

            final String stdout = out.toString(StandardCharsets.UTF_8);
            assertEquals(0, exit, stdout + err.toString(StandardCharsets.UTF_8));
            assertTrue(stdout.lines().anyMatch((l) -> l.startsWith("BTCUSDT LIVE u=") && l.contains("recv->applied")),
                stdout);
            assertTrue(stdout.lines().anyMatch((l) -> l.startsWith("ETHUSDT LIVE u=")), stdout);
            assertTrue(stdout.contains("summary after"), stdout);
            assertTrue(stdout.contains("bookTicker check: ") && stdout.contains(" mismatches=0 "), stdout);
            assertTrue(Files.readString(logFile).lines().allMatch((l) -> l.startsWith("{")), "JSON log lines");
            for (final String symbol : List.of("BTCUSDT", "ETHUSDT"))
            {
                final SessionReader reader = SessionReader.open(
                    dir.resolve("capture/binance/" + symbol + "/run1"), (w) -> { });
                assertEquals(CaptureState.CLOSED, reader.metadata().orElseThrow().state());
                assertTrue(reader.metadata().orElseThrow().lines(FileKind.DIFFS) > 0);
            }
        }
    }

    @Test
    void shouldCloseCleanlyAndExitZeroOnSigterm() throws Exception
    {
        try (BinanceSimulator sim = BinanceSimulator.start(
            BinanceSimConfig.builder().synthetic(List.of("btcusdt"), 100, 5, 20).build()))
        {
            final Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                BinanceMain.class.getName(),
                "--symbols", "btcusdt", "--ws-url", sim.wsUrl(), "--rest-url", sim.restUrl(),
                "--metrics-interval", "500ms", "--log-file", dir.resolve("child.log").toString())
                .redirectErrorStream(true)
                .start();
            final List<String> lines = new ArrayList<>();
            try (BufferedReader stdout = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8)))
            {
                String line;
                while (null != (line = stdout.readLine()))
                {
                    lines.add(line);
                    if (line.startsWith("BTCUSDT LIVE"))
                    {
                        // SIGTERM through the handle: Process.destroy() would also close our end of its output.
                        child.toHandle().destroy();
                    }
                }
            }
            finally
            {
                if (!child.waitFor(30, TimeUnit.SECONDS))
                {
                    child.destroyForcibly();
                }
            }
            assertEquals(0, child.exitValue(), String.join("\n", lines));
            assertTrue(lines.stream().anyMatch((l) -> l.startsWith("summary after")), String.join("\n", lines));
            assertTrue(Files.readString(dir.resolve("child.log")).contains("shutdown closing"));
        }
    }

    private static int runInProcess(final List<String> args, final ByteArrayOutputStream out,
        final ByteArrayOutputStream err)
    {
        return InProcessCli.run(new BinanceCommand(), args, out, err);
    }
}
