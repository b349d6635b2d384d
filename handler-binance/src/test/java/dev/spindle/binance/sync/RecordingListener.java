package dev.spindle.binance.sync;

import java.util.ArrayList;
import java.util.List;

import dev.spindle.binance.codec.DepthUpdate;
import dev.spindle.engine.book.BookState;
import dev.spindle.engine.book.L2Book;

/** Writes every callback as one line, so tests can assert the exact story. */
final class RecordingListener implements SyncListener
{
    final List<String> events = new ArrayList<>();
    final List<Long> appliedIds = new ArrayList<>();

    @Override
    public void onStateChange(final BookState from, final BookState to, final SyncReason reason)
    {
        events.add("state " + from + "->" + to + " " + reason);
    }

    @Override
    public void onSnapshotRequested(final long requestCount, final SyncReason reason)
    {
        events.add("request#" + requestCount + " " + reason);
    }

    @Override
    public void onSnapshotApplied(final long lastUpdateId, final int bidLevels, final int askLevels)
    {
        events.add("snapshot " + lastUpdateId + " applied");
    }

    @Override
    public void onSnapshotRejected(final long lastUpdateId, final long firstBufferedU)
    {
        events.add("snapshot " + lastUpdateId + " too old for U " + firstBufferedU);
    }

    @Override
    public void onSynced(final long snapshotId, final long firstU, final long firstu)
    {
        events.add("synced " + snapshotId + " by [" + firstU + ";" + firstu + "]");
    }

    @Override
    public void onGap(final long expected, final long got)
    {
        events.add("gap expected " + expected + " got " + got);
    }

    @Override
    public void onResync(final SyncReason reason, final long bookUpdateId, final int bufferedDiffs)
    {
        events.add("resync " + reason + " at " + bookUpdateId + " keeping " + bufferedDiffs);
    }

    @Override
    public void onDiffApplied(final DepthUpdate diff, final L2Book book)
    {
        appliedIds.add(diff.u());
    }
}
