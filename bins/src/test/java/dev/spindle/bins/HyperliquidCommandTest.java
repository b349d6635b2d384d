package dev.spindle.bins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import dev.spindle.capture.meta.SessionMetadata;
import dev.spindle.capture.reader.SessionReader;
import dev.spindle.tools.sim.hyperliquid.HyperliquidSimConfig;
import dev.spindle.tools.sim.hyperliquid.HyperliquidSimulator;

/** {@code spindle hyperliquid} as a user runs it: flag errors and a timed run with capture. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
final class HyperliquidCommandTest
{
    @TempDir
    Path dir;

    static Stream<Arguments> badFlags()
    {
        return Stream.of(
            Arguments.of(List.of("--coins", "BT{C"), "--coins"),
            Arguments.of(List.of("--coins", "BTC,BTC"), "--coins"),
            Arguments.of(List.of("--n-sig-figs", "9"), "--n-sig-figs"),
            Arguments.of(List.of("--mantissa", "2"), "--mantissa"),
            Arguments.of(List.of("--n-sig-figs", "5", "--mantissa", "3"), "--mantissa"),
            Arguments.of(List.of("--testnet", "--ws-url", "ws://127.0.0.1:1/ws"), "--testnet"),
            Arguments.of(List.of("--ws-url", "http://example.com"), "--ws-url"),
            Arguments.of(List.of("--ping-interval", "soon"), "--ping-interval"),
            Arguments.of(List.of("--ping-interval", "0s"), "--ping-interval"),
            Arguments.of(List.of("--stale-ms", "5"), "--stale-ms"),
            Arguments.of(List.of("--idle", "fast"), "--idle"),
            Arguments.of(List.of("--log", "xml"), "--log"),
            Arguments.of(List.of("--core", "4096"), "--core"),
            Arguments.of(List.of("--duration", "soon"), "--duration"),
            Arguments.of(List.of("--capture-dir", "x", "--capture-compress", "gzip"), "--capture-compress"),
            Arguments.of(List.of("--no-such-flag"), "--no-such-flag"));
    }

    @ParameterizedTest
    @MethodSource("badFlags")
    void shouldRejectABadFlagWithOneLineNamingItAndExitTwo(final List<String> args, final String flag)
    {
        InProcessCli.assertRejected(HyperliquidCommand::new, args, flag);
    }

    @Test
    void shouldRunForTheDurationPrintStatusAndSummaryAndCloseTheCapture() throws IOException
    {
        try (HyperliquidSimulator sim = HyperliquidSimulator.start(HyperliquidSimConfig.builder()
            .synthetic(List.of("BTC", "PURR/USDC"), 20, 5, 20).warnings((w) -> { }).build()))
        {
            final ByteArrayOutputStream out = new ByteArrayOutputStream();
            final ByteArrayOutputStream err = new ByteArrayOutputStream();
            final Path logFile = dir.resolve("hyperliquid.log");
            final int exit = runInProcess(List.of(
                "--coins", "BTC,PURR/USDC", "--ws-url", sim.wsUrl(), "--duration", "3s", "--metrics-interval", "1s",
                "--ping-interval", "500ms", "--log", "json", "--log-file", logFile.toString(),
                "--capture-dir", dir.resolve("capture").toString(), "--capture-session", "run1"), out, err);

            final String stdout = out.toString(StandardCharsets.UTF_8);
            assertEquals(0, exit, stdout + err.toString(StandardCharsets.UTF_8));
            assertTrue(stdout.lines().anyMatch((l) -> l.startsWith("BTC LIVE u=") && l.contains("recv->applied")),
                stdout);
            assertTrue(stdout.lines().anyMatch((l) -> l.startsWith("PURR/USDC LIVE u=")), stdout);
            assertTrue(stdout.contains("summary after"), stdout);
            assertTrue(stdout.lines().anyMatch((l) -> l.startsWith("hyperliquid:ws: ") && !l.endsWith("pings=0")),
                stdout);
            assertTrue(Files.readString(logFile).lines().allMatch((l) -> l.startsWith("{")), "JSON log lines");
            for (final String coinDir : List.of("BTC", "PURR-USDC"))
            {
                final SessionMetadata metadata = SessionReader.open(
                    dir.resolve("capture/hyperliquid/" + coinDir + "/run1"), (w) -> { }).metadata().orElseThrow();
                assertEquals(CaptureState.CLOSED, metadata.state());
                assertTrue(metadata.lines(FileKind.L2BOOK) > 20, coinDir);
                assertTrue(metadata.lines(FileKind.TRADES) > 0, coinDir);
            }
        }
    }

    private static int runInProcess(final List<String> args, final ByteArrayOutputStream out,
        final ByteArrayOutputStream err)
    {
        return InProcessCli.run(new HyperliquidCommand(), args, out, err);
    }
}
