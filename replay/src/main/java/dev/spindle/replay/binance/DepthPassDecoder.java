package dev.spindle.replay.binance;

import dev.spindle.binance.codec.DecodeException;
import dev.spindle.binance.codec.DepthSnapshotDecoder;
import dev.spindle.binance.codec.DepthUpdateDecoder;
import dev.spindle.binance.codec.FrameDecoder;
import dev.spindle.binance.codec.FrameType;
import dev.spindle.binance.codec.SymbolTable;
import dev.spindle.replay.input.RecordKind;
import dev.spindle.replay.input.RecordSource;

/**
 * Decodes the records of a depth pass with the live handler's decoders: {@link FrameDecoder} classifies each
 * frame, {@link DepthUpdateDecoder} decodes depth diffs straight into the slot, {@link DepthSnapshotDecoder}
 * decodes REST snapshots. Frames of other kinds (trades, tickers: their own passes read them) and of other symbols
 * are skipped; combined-stream frames of other symbols are recognised by their stream name without decoding.
 * One instance per thread.
 */
final class DepthPassDecoder
{
    private final SymbolTable symbols;
    private final int symbolIndex;
    private final byte[] upperSymbol;
    private final FrameDecoder frames;
    private final DepthUpdateDecoder depthDecoder;
    private final DepthSnapshotDecoder snapshotDecoder;
    private long otherSymbolFrames;

    /**
     * @param symbols     holds the one replayed instrument.
     * @param symbolIndex its index.
     */
    DepthPassDecoder(final SymbolTable symbols, final int symbolIndex)
    {
        this.symbols = symbols;
        this.symbolIndex = symbolIndex;
        this.upperSymbol = symbols.instrument(symbolIndex).symbol().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        this.frames = new FrameDecoder(symbols, 64);
        this.depthDecoder = new DepthUpdateDecoder(symbols);
        this.snapshotDecoder = new DepthSnapshotDecoder(symbols);
    }

    /**
     * Decode the source's current record into {@code slot}.
     *
     * @return true if the slot now holds a diff, a snapshot or a bad line to report; false if the record is not
     * for the depth replay.
     */
    boolean decode(final RecordSource source, final DecodedRecord slot)
    {
        final byte[] buf = source.buffer();
        final int off = source.offset();
        final int len = source.length();
        try
        {
            if (source.kind() == RecordKind.SNAPSHOT)
            {
                snapshotDecoder.decode(symbolIndex, buf, off, len, slot.snapshot());
                return fill(slot, DecodedRecord.SNAPSHOT, source);
            }
            if (StreamName.isOtherSymbol(buf, off, len, upperSymbol))
            {
                otherSymbolFrames++;
                return false;
            }
            if (frames.classify(buf, off, len) != FrameType.DEPTH)
            {
                return false;
            }
            depthDecoder.decode(buf, off, len, slot.diff);
            return fill(slot, DecodedRecord.DIFF, source);
        }
        catch (final DecodeException ex)
        {
            fill(slot, DecodedRecord.BAD_LINE, source);
            slot.message = source.file() + ":" + source.lineNo() + ": " + ex.getMessage();
            return true;
        }
    }

    /** @return combined-stream frames skipped because they belong to another symbol. */
    long otherSymbolFrames()
    {
        return otherSymbolFrames;
    }

    /** @return the symbol table the decoders use. */
    SymbolTable symbols()
    {
        return symbols;
    }

    private boolean fill(final DecodedRecord slot, final int type, final RecordSource source)
    {
        slot.otherSymbolsSeen = otherSymbolFrames > 0;
        slot.type = type;
        slot.file = source.file();
        slot.lineNo = source.lineNo();
        slot.recvEpochNs = source.recvEpochNs();
        slot.message = null;
        slot.failure = null;
        return true;
    }
}
