package dev.spindle.replay.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.spindle.capture.SessionLayout;
import dev.spindle.replay.ReplayException;

class CapturesTest
{
    @TempDir
    Path dir;

    @Test
    void shouldTellTheFormatFromWhatIsGiven() throws IOException
    {
        final Path hftrs = Files.createDirectories(dir.resolve("hftrs"));
        Files.writeString(hftrs.resolve(SessionLayout.SNAPSHOT), "{}");
        Files.writeString(hftrs.resolve("diffs.jsonl"), "{}\n");
        final Path session = Files.createDirectories(dir.resolve("session"));
        Files.writeString(session.resolve("diffs.jsonl"), "{}\n");
        Files.writeString(session.resolve("diffs.recv"), "1\n");
        final Path hftbacktest = Files.writeString(dir.resolve("capture.txt"), "1717000000000000000 {}\n");

        assertEquals(InputFormat.HFTRS, open(hftrs, null, null, List.of()).format());
        assertEquals(InputFormat.HFTRS, open(null, hftrs.resolve(SessionLayout.SNAPSHOT),
            hftrs.resolve("diffs.jsonl"), List.of()).format());
        assertEquals(InputFormat.SESSION, open(session, null, null, List.of()).format());
        assertEquals(InputFormat.SESSION, open(null, null, null, List.of(session)).format());
        assertEquals(InputFormat.HFTBACKTEST, open(null, null, null, List.of(hftbacktest)).format());
    }

    @Test
    void shouldNameTheFlagAtFault()
    {
        assertEquals("no input: give --session DIR, --snapshot FILE --diffs FILE, or --input FILE...",
            assertThrows(ReplayException.class, () -> open(null, null, null, List.of())).getMessage());
        assertEquals("--session " + dir.resolve("nope") + ": not a directory",
            assertThrows(ReplayException.class, () -> open(dir.resolve("nope"), null, null, List.of())).getMessage());
        assertEquals("--input " + dir.resolve("nope.gz") + ": no such file", assertThrows(ReplayException.class,
            () -> open(null, null, null, List.of(dir.resolve("nope.gz")))).getMessage());
        assertEquals("missing snapshot: --snapshot " + dir.resolve("s.json") + ": no such file",
            assertThrows(ReplayException.class,
                () -> Captures.open(null, null, dir.resolve("s.json"), dir.resolve("d"), List.of())).getMessage());
    }

    private static Capture open(final Path session, final Path snapshot, final Path diffs, final List<Path> inputs)
        throws IOException
    {
        return Captures.open(null, session, snapshot, diffs, inputs);
    }
}
