package dev.spindle.binance.replay;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.spindle.binance.codec.DecodeException;
import dev.spindle.binance.codec.DepthSnapshot;
import dev.spindle.binance.codec.DepthSnapshotDecoder;
import dev.spindle.binance.codec.DepthUpdate;
import dev.spindle.binance.codec.FrameDecoder;
import dev.spindle.binance.codec.FrameType;
import dev.spindle.binance.codec.SymbolTable;
import dev.spindle.binance.sync.DepthSync;
import dev.spindle.binance.sync.SyncListener;
import dev.spindle.binance.sync.SyncMode;
import dev.spindle.binance.sync.SyncReason;
import dev.spindle.binance.verify.BookTickerCheck;
import dev.spindle.capture.format.RecordedLine;
import dev.spindle.engine.book.BookState;
import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.L2Book;

/**
 * Drives recorded lines, in recorded order, through the same path the live handler uses: {@link FrameDecoder} for
 * every WebSocket frame, {@link DepthSnapshotDecoder} for every REST snapshot at the moment it was recorded, one
 * {@link DepthSync} and {@link BookTickerCheck} per symbol.
 */
final class RecordingReplay
{
    /** Everything about one symbol. */
    static final class Feed implements SyncListener
    {
        final Instrument instrument;
        final L2Book book;
        final DepthSync sync;
        final BookTickerCheck check = new BookTickerCheck();
        final List<String> events = new ArrayList<>();
        long depthFrames;
        long snapshots;
        long lastSnapshotId = -1;
        long maxU = -1;

        Feed(final Instrument instrument, final int index, final SyncMode mode)
        {
            this.instrument = instrument;
            this.book = new L2Book(instrument, 2048);
            this.sync = new DepthSync(mode, index, book, this);
        }

        @Override
        public void onStateChange(final BookState from, final BookState to, final SyncReason reason)
        {
            events.add(from + "->" + to + " " + reason);
        }

        @Override
        public void onSnapshotRejected(final long lastUpdateId, final long firstBufferedU)
        {
            events.add("snapshot " + lastUpdateId + " too old for U " + firstBufferedU);
        }

        @Override
        public void onGap(final long expected, final long got)
        {
            events.add("gap expected " + expected + " got " + got);
        }

        @Override
        public void onDiffApplied(final DepthUpdate diff, final L2Book book)
        {
            check.onDepthApplied(book);
        }

        @Override
        public String toString()
        {
            return instrument.symbol() + " " + sync + " frames=" + depthFrames + " snapshots=" + snapshots +
                " lastSnapshotId=" + lastSnapshotId + " maxU=" + maxU + " " + check + " " + events;
        }
    }

    private final SymbolTable symbols = new SymbolTable();
    private final List<Feed> feeds = new ArrayList<>();
    private final FrameDecoder frames;
    private final DepthSnapshotDecoder snapshotDecoder;
    private final DepthSnapshot snapshot = new DepthSnapshot(1000);
    private final Map<FrameType, Long> frameCounts = new EnumMap<>(FrameType.class);
    private final List<String> decodeErrors = new ArrayList<>();

    RecordingReplay(final SyncMode mode, final Collection<String> symbolNames)
    {
        for (final String name : symbolNames)
        {
            final Instrument instrument = new Instrument(name, 8, 8);
            feeds.add(new Feed(instrument, symbols.add(instrument), mode));
        }
        frames = new FrameDecoder(symbols, 64);
        snapshotDecoder = new DepthSnapshotDecoder(symbols);
    }

    void onLine(final RecordedLine line)
    {
        if (line.kind() == RecordedLine.Kind.REST_SNAPSHOT)
        {
            onSnapshot(line);
            return;
        }
        final FrameType type;
        try
        {
            type = frames.decode(line.buffer(), line.offset(), line.length());
        }
        catch (final DecodeException ex)
        {
            decodeErrors.add(line.position() + ": " + ex.getMessage());
            return;
        }
        frameCounts.merge(type, 1L, Long::sum);
        if (type == FrameType.DEPTH)
        {
            final DepthUpdate diff = frames.depthUpdate();
            final Feed feed = feeds.get(diff.symbolIndex());
            feed.depthFrames++;
            feed.maxU = Math.max(feed.maxU, diff.u());
            feed.sync.onDiff(diff);
        }
        else if (type == FrameType.BOOK_TICKER)
        {
            feeds.get(frames.bookTicker().symbolIndex()).check.onBookTicker(frames.bookTicker());
        }
    }

    private void onSnapshot(final RecordedLine line)
    {
        // hftbacktest snapshots do not name their symbol: those files hold exactly one.
        final int index = line.restSymbol() != null ? symbols.indexOf(line.restSymbol()) : 0;
        if (index == SymbolTable.NOT_FOUND || (line.restSymbol() == null && feeds.size() != 1))
        {
            throw new IllegalStateException(line.position() + ": snapshot for unknown symbol " + line.restSymbol());
        }
        try
        {
            snapshotDecoder.decode(index, line.buffer(), line.offset(), line.length(), snapshot);
        }
        catch (final DecodeException ex)
        {
            decodeErrors.add(line.position() + ": " + ex.getMessage());
            return;
        }
        final Feed feed = feeds.get(index);
        feed.snapshots++;
        feed.lastSnapshotId = snapshot.lastUpdateId();
        feed.sync.onSnapshot(snapshot);
    }

    void finish()
    {
        for (final Feed feed : feeds)
        {
            feed.check.finish();
        }
    }

    List<Feed> feeds()
    {
        return feeds;
    }

    Feed feed(final String symbol)
    {
        return feeds.get(symbols.indexOf(symbol));
    }

    long frames(final FrameType type)
    {
        return frameCounts.getOrDefault(type, 0L);
    }

    List<String> decodeErrors()
    {
        return decodeErrors;
    }

    @Override
    public String toString()
    {
        final StringBuilder sb = new StringBuilder("frames " + frameCounts + ", decode errors " + decodeErrors.size());
        for (final Feed feed : feeds)
        {
            sb.append("\n  ").append(feed);
        }
        return sb.toString();
    }
}
