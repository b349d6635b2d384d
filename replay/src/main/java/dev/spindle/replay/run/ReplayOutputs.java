package dev.spindle.replay.run;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.StandardOpenOption;

import dev.spindle.engine.book.Instrument;
import dev.spindle.replay.ReplayOptions;
import dev.spindle.replay.export.AsciiOutput;
import dev.spindle.replay.export.AsyncEventSink;
import dev.spindle.replay.export.JsonlEventWriter;
import dev.spindle.replay.export.KryoEventWriter;
import dev.spindle.replay.export.KryoFormat;
import dev.spindle.replay.export.KryoHeader;
import dev.spindle.replay.l3.EventSink;
import dev.spindle.replay.l3.FifoModel;
import dev.spindle.replay.l3.FrontModel;
import dev.spindle.replay.l3.L3Model;
import dev.spindle.replay.l3.PriceTicks;
import dev.spindle.replay.l3.ProbQueueModel;
import dev.spindle.replay.l3.TradeSource;
import dev.spindle.replay.l3.TradesModel;

/**
 * The event output of a replay ({@code --out}, {@code --out-format}) and the model that feeds it; venue-neutral
 * (the Hyperliquid replay writes through it too). Standard output
 * (or a caller's channel) is flushed but never closed; an {@code --out} file is closed. Closes idempotently.
 */
public final class ReplayOutputs implements AutoCloseable
{
    private static final int BUFFER_BYTES = 1 << 20;
    private static final String WRITER_THREAD = "replay-writer";

    private final ReplayOptions options;
    private final Instrument instrument;
    private final EventSink sink;
    private final JsonlEventWriter jsonl;
    private final KryoEventWriter kryo;
    private final AsyncEventSink async;
    private String modelName = "none";

    /**
     * @param options    output flags.
     * @param instrument the replayed instrument.
     * @param model      the model; {@code NONE} opens nothing.
     * @throws IOException if {@code --out} cannot be opened.
     */
    public ReplayOutputs(final ReplayOptions options, final Instrument instrument, final ReplayOptions.Model model)
        throws IOException
    {
        this.options = options;
        this.instrument = instrument;
        if (model == ReplayOptions.Model.NONE)
        {
            jsonl = null;
            kryo = null;
            async = null;
            sink = EventSink.NONE;
            return;
        }
        final boolean owned = options.out() != null;
        final WritableByteChannel channel = channel(options);
        if (options.outFormat() == ReplayOptions.OutFormat.KRYO)
        {
            jsonl = null;
            kryo = new KryoEventWriter(Channels.newOutputStream(channel), this::header, owned);
            async = new AsyncEventSink(kryo, WRITER_THREAD);
        }
        else
        {
            jsonl = new JsonlEventWriter(new AsciiOutput(channel, BUFFER_BYTES, owned), instrument.qtyScale());
            kryo = null;
            async = new AsyncEventSink(jsonl, WRITER_THREAD);
        }
        sink = async;
    }

    /**
     * @param choice the model to build.
     * @param trades the capture's trades, for the models that read them.
     * @return the model writing to this output, or null for {@code NONE}.
     */
    public L3Model model(final ReplayOptions.Model choice, final TradeSource trades)
    {
        final PriceTicks ticks = new PriceTicks(instrument.priceScale(), options.pricePrecision());
        final L3Model model;
        switch (choice)
        {
            case FIFO:
                model = new FifoModel(ticks, sink);
                break;
            case TRADES:
                model = new TradesModel(ticks, sink, trades);
                break;
            case PROB:
                model = new ProbQueueModel(ticks, sink, trades);
                break;
            case FRONT:
                model = new FrontModel(ticks, sink, trades);
                break;
            default:
                return null;
        }
        modelName = model.name();
        return model;
    }

    /**
     * For a model built elsewhere (another venue's): the sink it must write to.
     *
     * @param modelName the model's {@code --model} name, written into the Kryo header.
     * @return the sink; {@link EventSink#NONE} when the output was opened for {@code NONE}.
     */
    public EventSink sink(final String modelName)
    {
        this.modelName = modelName;
        return sink;
    }

    /** @return bytes of event output so far. */
    public long bytes()
    {
        return jsonl != null ? jsonl.bytes() : kryo != null ? kryo.bytes() : 0;
    }

    /** Write out every event (joining the writer thread) and close the output. Idempotent. */
    @Override
    public void close()
    {
        if (async != null)
        {
            async.close();
        }
    }

    private static WritableByteChannel channel(final ReplayOptions options) throws IOException
    {
        if (options.out() == null)
        {
            return options.outChannel() != null ? options.outChannel() :
                new FileOutputStream(FileDescriptor.out).getChannel();
        }
        try
        {
            return FileChannel.open(options.out(), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        }
        catch (final IOException ex)
        {
            throw new IOException("--out " + options.out() + ": cannot write (" + ex + ")", ex);
        }
    }

    private KryoHeader header()
    {
        return new KryoHeader(KryoFormat.VERSION, instrument.symbol(), instrument.priceScale(), instrument.qtyScale(),
            instrument.priceDecimals(), instrument.qtyDecimals(), options.pricePrecision(), modelName);
    }
}
