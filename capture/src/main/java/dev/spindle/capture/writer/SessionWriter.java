package dev.spindle.capture.writer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.spindle.capture.CaptureConfig;
import dev.spindle.capture.CaptureListener;
import dev.spindle.capture.FileKind;
import dev.spindle.capture.KitVersion;
import dev.spindle.capture.LedgerKind;
import dev.spindle.capture.Rotation;
import dev.spindle.capture.SessionLayout;
import dev.spindle.capture.UpdateIdScanner;
import dev.spindle.capture.meta.CaptureState;
import dev.spindle.capture.meta.CheckpointEntry;
import dev.spindle.capture.meta.FileSummary;
import dev.spindle.capture.meta.LedgerEntry;
import dev.spindle.capture.meta.MetadataCodec;
import dev.spindle.capture.meta.SessionMetadata;

/**
 * Everything the capture thread writes for one session directory: line streams, snapshots, checkpoints,
 * ledger and metadata. Owned by the capture thread once the writer has started.
 */
final class SessionWriter
{
    /** Bound on the in-memory ledger; entries past it are counted in {@code ledgerEntriesOmitted}. */
    static final int MAX_LEDGER_ENTRIES = 10_000;

    private final CaptureSession session;
    private final CaptureConfig config;
    private final CaptureListener listener;
    private final CaptureCounters counters;
    private final long startEpochMs;
    private final Path dir;
    private final UpdateIdScanner scanner;
    private final LineSink[] sinks = new LineSink[FileKind.count()];
    private final List<LedgerEntry> ledger = new ArrayList<>();
    private final List<CheckpointEntry> checkpoints = new ArrayList<>();
    private int part;
    private long firstSnapshotId = -1;
    private long firstSnapshotRecvEpochNs = -1;
    private long lastUpdateId = -1;
    private long framesDropped;
    private long ledgerEntriesOmitted;
    private int dropAwaitingToId = -1;
    private CaptureState state = CaptureState.RUNNING;
    private long endEpochMs = -1;
    private boolean dirty = true;

    SessionWriter(
        final CaptureSession session,
        final CaptureConfig config,
        final CaptureListener listener,
        final CaptureCounters counters,
        final long startEpochMs)
    {
        this.session = session;
        this.config = config;
        this.listener = listener;
        this.counters = counters;
        this.startEpochMs = startEpochMs;
        this.dir = session.directory();
        this.scanner = session.scanner();
        this.part = Rotation.NONE == config.rotate() ? SessionLayout.UNROTATED : 1;
    }

    CaptureSession session()
    {
        return session;
    }

    void frame(final CaptureRecord record, final long nowEpochMs) throws IOException
    {
        final FileKind kind = FileKind.of(record.slot);
        final LineSink sink = sink(kind);
        if (sink.append(part, nowEpochMs, record.epochNs, record.data, record.length))
        {
            counters.addRewrittenLine();
            if (1 == sink.rewrittenLines())
            {
                // once per stream; metadata.json counts them all
                listener.onWarning(dir + "/" + kind.baseName() + " line " + sink.lines() +
                    ": frame contained CR/LF bytes, written as spaces to keep one frame per line");
            }
        }
        counters.addLine(record.length + 1);
        if (kind == scanner.kind())
        {
            final long firstId = scanner.firstId(record.data, 0, record.length);
            if (dropAwaitingToId >= 0 && firstId >= 0)
            {
                ledger.set(dropAwaitingToId, ledger.get(dropAwaitingToId).withToId(firstId - 1));
                dropAwaitingToId = -1;
            }
            final long lastId = scanner.lastId(record.data, 0, record.length);
            if (lastId >= 0)
            {
                lastUpdateId = lastId;
            }
        }
        dirty = true;
    }

    void snapshot(final CaptureRecord record) throws IOException
    {
        if (firstSnapshotId < 0)
        {
            AtomicFiles.write(dir.resolve(SessionLayout.SNAPSHOT), record.data, record.length, false);
            firstSnapshotId = record.id;
            firstSnapshotRecvEpochNs = record.epochNs;
        }
        else
        {
            final String relative = SessionLayout.checkpointPath(record.id);
            final Path target = dir.resolve(relative);
            if (record.id == firstSnapshotId || Files.exists(target))
            {
                listener.onWarning(dir + ": snapshot " + record.id + " already captured; duplicate not written");
                return;
            }
            try
            {
                Files.createDirectories(target.getParent());
            }
            catch (final IOException ex)
            {
                throw new IOException("cannot create directory " + target.getParent() + " (" +
                    ex.getClass().getSimpleName() + ")", ex);
            }
            AtomicFiles.write(target, record.data, record.length, false);
            checkpoints.add(new CheckpointEntry(record.id, relative, record.epochNs, record.length));
        }
        counters.addSnapshot();
        dirty = true;
    }

    void ledger(final CaptureRecord record)
    {
        final FileKind file = record.slot < 0 ? null : FileKind.of(record.slot);
        addLedger(new LedgerEntry(
            record.ledgerKind, record.epochNs, record.epochNs, record.fromId, record.toId, 0,
            null == file ? null : file.baseName(), null == file ? 0 : lines(file), record.detail.toString()));
    }

    /** Records refused frames: a DROP entry placed after the lines written so far. */
    void drop(final int slot, final long count, final long firstEpochNs, final long lastEpochNs, final String producer)
    {
        final String name = CaptureRecord.slotName(slot);
        final boolean sequenced = slot < FileKind.count() && FileKind.of(slot) == scanner.kind();
        final long fromId = sequenced && lastUpdateId >= 0 ? lastUpdateId + 1 : -1;
        final long line = slot < FileKind.count() ? lines(FileKind.of(slot)) : 0;
        framesDropped += count;
        if (slot < FileKind.count())
        {
            sink(FileKind.of(slot)).addDropped(count);
        }
        final boolean added = addLedger(new LedgerEntry(
            LedgerKind.DROP, firstEpochNs, lastEpochNs, fromId, -1, count, slot < FileKind.count() ? name : null,
            line, count + " " + name + " message(s) refused: queue of producer " + producer + " full"));
        if (added && fromId >= 0)
        {
            dropAwaitingToId = ledger.size() - 1;
        }
        listener.onDrop(dir.toString(), name, count, firstEpochNs, lastEpochNs);
    }

    void rotate(final long nowEpochMs) throws IOException
    {
        for (final LineSink sink : sinks)
        {
            if (null != sink)
            {
                sink.closePart();
            }
        }
        part++;
        addLedger(new LedgerEntry(
            LedgerKind.ROLLOVER, nowEpochMs * 1_000_000L, nowEpochMs * 1_000_000L, lastUpdateId, lastUpdateId, 0,
            null, 0, "part " + String.format("%06d", part)));
        listener.onRotate(dir.toString(), part);
    }

    void flush() throws IOException
    {
        for (final LineSink sink : sinks)
        {
            if (null != sink)
            {
                sink.flush();
            }
        }
    }

    /** Normal end: completes every file and records the end time. */
    void close(final long nowEpochMs) throws IOException
    {
        for (final LineSink sink : sinks)
        {
            if (null != sink)
            {
                sink.closePart();
            }
        }
        state = CaptureState.CLOSED;
        endEpochMs = nowEpochMs;
        dirty = true;
    }

    /**
     * The capture stopped: save what can still be saved, let go of the files and note it in the ledger, with the
     * number of buffered lines that could not be written.
     */
    void fail(final long nowEpochMs, final String what)
    {
        long unwritten = 0;
        for (final LineSink sink : sinks)
        {
            if (null != sink)
            {
                try
                {
                    sink.closePart();
                }
                catch (final IOException ex)
                {
                    sink.abandon();
                }
                unwritten += sink.lines() - sink.flushedLines();
            }
        }
        addLedger(new LedgerEntry(
            LedgerKind.ERROR, nowEpochMs * 1_000_000L, nowEpochMs * 1_000_000L, lastUpdateId, -1, unwritten, null, 0,
            what + (unwritten > 0 ? "; " + unwritten + " buffered line(s) lost" : "")));
        state = CaptureState.FAILED;
        endEpochMs = nowEpochMs;
        dirty = true;
    }

    /**
     * The periodic rewrite: atomic (a reader, or a session cut by {@code kill -9}, sees the old file or the new
     * one) but not fsynced. An fsync on every flush interval can stall the capture thread for hundreds of
     * milliseconds when the disk is busy, and a stalled capture thread is what makes a full queue drop frames.
     */
    void writeMetadataIfDirty(final long nowEpochMs) throws IOException
    {
        if (dirty)
        {
            writeMetadata(nowEpochMs, false);
        }
    }

    /** The rewrite at start, rotation, failure and close: atomic and fsynced. */
    void writeMetadata(final long nowEpochMs) throws IOException
    {
        writeMetadata(nowEpochMs, true);
    }

    private void writeMetadata(final long nowEpochMs, final boolean durable) throws IOException
    {
        final byte[] json = MetadataCodec.toJson(metadata(nowEpochMs));
        AtomicFiles.write(dir.resolve(SessionLayout.METADATA), json, json.length, durable);
        dirty = false;
    }

    SessionMetadata metadata(final long nowEpochMs)
    {
        final List<FileSummary> files = new ArrayList<>();
        for (final LineSink sink : sinks)
        {
            if (null != sink)
            {
                files.add(new FileSummary(
                    sink.kind(), sink.flushedLines(), sink.flushedBytes(), sink.droppedFrames(),
                    sink.rewrittenLines(), sink.parts()));
            }
        }
        return new SessionMetadata(
            SessionLayout.FORMAT_VERSION,
            KitVersion.version(),
            session.venue(),
            session.symbol(),
            session.name(),
            state,
            startEpochMs,
            endEpochMs,
            nowEpochMs,
            config.flushMs(),
            config.rotate(),
            config.compress(),
            config.checkpointIntervalMs(),
            SessionLayout.RECV_TIMES_DESCRIPTION,
            firstSnapshotId,
            firstSnapshotRecvEpochNs,
            lastUpdateId,
            framesDropped,
            files,
            checkpoints,
            ledgerEntriesOmitted,
            ledger);
    }

    private long lines(final FileKind kind)
    {
        final LineSink sink = sinks[kind.ordinal()];
        return null == sink ? 0 : sink.lines();
    }

    private LineSink sink(final FileKind kind)
    {
        LineSink sink = sinks[kind.ordinal()];
        if (null == sink)
        {
            sink = new LineSink(dir, kind, config.compress());
            sinks[kind.ordinal()] = sink;
        }
        return sink;
    }

    private boolean addLedger(final LedgerEntry entry)
    {
        dirty = true;
        if (ledger.size() >= MAX_LEDGER_ENTRIES)
        {
            ledgerEntriesOmitted++;
            return false;
        }
        ledger.add(entry);
        counters.addLedgerEntry();
        return true;
    }
}
