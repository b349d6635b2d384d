package dev.spindle.bins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import dev.spindle.capture.LedgerKind;
import dev.spindle.capture.SessionLayout;
import dev.spindle.capture.meta.LedgerEntry;
import dev.spindle.capture.meta.MetadataCodec;
import dev.spindle.capture.meta.SessionMetadata;
import dev.spindle.engine.testing.LogCapture;

/** Assertions shared by the venues' fault matrices ({@link BinanceFaultMatrixTest}, {@link HyperliquidFaultMatrixTest}). */
final class FaultMatrixChecks
{
    private FaultMatrixChecks()
    {
    }

    /** @return the closed session's {@code metadata.json}. */
    static SessionMetadata metadata(final Path sessionDir) throws IOException
    {
        return MetadataCodec.fromJson(Files.readAllBytes(sessionDir.resolve(SessionLayout.METADATA)),
            sessionDir.toString());
    }

    /**
     * The gap ledger holds the expected kinds of entry: exactly those, or at least those when the fault may repeat
     * (a stall or an idle close can cost more than one reconnect).
     *
     * @param row      the matrix row, for the message.
     * @param meta     the session's metadata.
     * @param expected kinds of entry the fault must leave.
     * @param atLeast  true to allow other kinds besides.
     */
    static void assertLedger(
        final Object row, final SessionMetadata meta, final Set<LedgerKind> expected, final boolean atLeast)
    {
        final Set<LedgerKind> recorded = meta.ledger().stream().map(LedgerEntry::kind)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(LedgerKind.class)));
        if (atLeast)
        {
            assertTrue(recorded.containsAll(expected), () -> row + ": ledger " + meta.ledger() + " lacks " + expected);
        }
        else
        {
            assertEquals(expected, recorded, () -> row + ": ledger " + meta.ledger());
        }
    }

    /** No book ever left {@code LIVE}: the log has no {@code state LIVE -> ...} line. */
    static void assertNeverLeftLive(final Object row, final LogCapture log)
    {
        assertTrue(log.linesContaining("LIVE -> ").isEmpty(), () -> row + " left LIVE: " +
            log.linesContaining("LIVE -> "));
    }
}
