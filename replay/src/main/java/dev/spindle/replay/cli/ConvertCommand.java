package dev.spindle.replay.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;

import dev.spindle.replay.ReplayException;
import dev.spindle.replay.export.KryoToJsonl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code spindle convert FILE --to jsonl}: read a Kryo event file written by {@code spindle replay
 * --out-format kryo} back as the JSON lines the replay would have written (byte for byte). Exit codes: 0 done,
 * 1 unreadable or truncated file, 2 bad flags.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = "Convert a Kryo event file (replay --out-format kryo) back to JSON lines.")
public final class ConvertCommand implements Callable<Integer>
{
    @Parameters(index = "0", paramLabel = "FILE", description = "A Kryo event file.")
    private Path file;

    @Option(names = "--to", paramLabel = "FORMAT", required = true, description = "Target format: jsonl.")
    private String to;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException
    {
        if (!"jsonl".equalsIgnoreCase(to))
        {
            throw new ParameterException(spec.commandLine(), "--to " + to + ": only jsonl is supported");
        }
        final WritableByteChannel channel;
        try
        {
            channel = out == null ? new FileOutputStream(FileDescriptor.out).getChannel() :
                FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
        }
        catch (final IOException ex)
        {
            throw new ReplayException("--out " + out + ": cannot write (" + ex + ")", ex);
        }
        final long events = KryoToJsonl.convert(file, channel, out != null);
        spec.commandLine().getErr().println("convert: " + events + " events from " + file);
        return 0;
    }
}
