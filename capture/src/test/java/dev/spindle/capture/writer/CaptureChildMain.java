package dev.spindle.capture.writer;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import dev.spindle.capture.CaptureConfig;
import dev.spindle.capture.CaptureListener;
import dev.spindle.capture.Compression;
import dev.spindle.capture.FileKind;
import dev.spindle.capture.Rotation;
import dev.spindle.capture.UpdateIdScanner;

/**
 * Child process of {@link CaptureProcessTest}: captures an endless gap-free depth stream until it is killed. Each
 * frame carries its own receive time ({@code "t"}) so the reader can check the pairing with the sidecar.
 * <p>
 * Arguments: capture dir, session, flush ms, rotate, compress, {@code hook} to close the capture from a
 * shutdown hook on SIGTERM/SIGINT as the launchers do (or {@code nohook}), and a progress file where the id and
 * receive time of the last accepted frame are kept in shared memory, which survives kill -9.
 */
public final class CaptureChildMain
{
    static final int PROGRESS_BYTES = 16;

    private CaptureChildMain()
    {
    }

    public static void main(final String[] args) throws InterruptedException, IOException
    {
        final MappedByteBuffer progress;
        try (FileChannel channel = FileChannel.open(
            Path.of(args[6]), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE))
        {
            progress = channel.map(FileChannel.MapMode.READ_WRITE, 0, PROGRESS_BYTES);
        }
        final CaptureConfig config = CaptureConfig.builder()
            .captureDir(Path.of(args[0]))
            .session(args[1])
            .flushMs(Long.parseLong(args[2]))
            .rotate(Rotation.parse(args[3]))
            .compress(Compression.parse(args[4]))
            .build(System.currentTimeMillis());
        final CaptureWriter writer = new CaptureWriter(config, CaptureListener.NONE);
        final CaptureSession session = writer.openSession("binance", "ethusdt", UpdateIdScanner.BINANCE_DEPTH);
        final CaptureProducer producer = writer.newProducer("ws", 1 << 16);
        if ("hook".equals(args[5]))
        {
            Runtime.getRuntime().addShutdownHook(new Thread(writer::close, "capture-shutdown"));
        }
        writer.start();
        final byte[] snapshot = "{\"lastUpdateId\":0,\"bids\":[],\"asks\":[]}".getBytes(StandardCharsets.UTF_8);
        producer.snapshot(session, 0, System.currentTimeMillis() * 1_000_000L, snapshot, 0, snapshot.length);
        for (long id = 1; ; id++)
        {
            final long recvEpochNs = System.currentTimeMillis() * 1_000_000L + (id % 1_000_000L);
            final byte[] frame = ("{\"e\":\"depthUpdate\",\"E\":" + recvEpochNs / 1_000_000L + ",\"U\":" + id +
                ",\"u\":" + id + ",\"t\":" + recvEpochNs + ",\"b\":[],\"a\":[]}").getBytes(StandardCharsets.UTF_8);
            if (producer.frame(session, FileKind.DIFFS, recvEpochNs, frame, 0, frame.length))
            {
                progress.putLong(0, id);
                progress.putLong(8, recvEpochNs);
            }
            if (0 == id % 5)
            {
                Thread.sleep(1);
            }
        }
    }
}
