package dev.spindle.replay.export;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;

import dev.spindle.replay.l3.L3Event;

/** Converts a Kryo event file back to the JSON lines the replay would have written: the round trip is lossless. */
public final class KryoToJsonl
{
    private KryoToJsonl()
    {
    }

    /**
     * @param kryoFile     a file written with {@code --out-format kryo}.
     * @param out          receives the JSON lines.
     * @param closeChannel close {@code out} when done.
     * @return the number of events converted.
     * @throws IOException if the file cannot be read.
     * @throws dev.spindle.replay.ReplayException if it is not a Kryo event file or is truncated.
     */
    public static long convert(final Path kryoFile, final WritableByteChannel out, final boolean closeChannel)
        throws IOException
    {
        try (KryoEventReader reader = KryoEventReader.open(kryoFile);
            JsonlEventWriter writer = new JsonlEventWriter(
                new AsciiOutput(out, 1 << 20, closeChannel), reader.header().qtyScale()))
        {
            L3Event event;
            while ((event = reader.next()) != null)
            {
                writer.onEvent(event);
            }
            return reader.events();
        }
    }
}
