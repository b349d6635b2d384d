package dev.spindle.hyperliquid.book;

import java.util.ArrayList;
import java.util.List;

import dev.spindle.engine.book.BookState;
import dev.spindle.engine.book.Decimal;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;
import dev.spindle.hyperliquid.codec.L2Snapshot;

/** Records what a differ reports, as readable lines: {@code "BID ADDED 11 0->2 n0->1"}. */
final class RecordingListener implements SnapshotListener
{
    final List<String> events = new ArrayList<>();

    @Override
    public void onStateChange(final BookState from, final BookState to, final SnapshotReason reason)
    {
        events.add(from + "->" + to + " " + reason);
    }

    @Override
    public void onSnapshotLoaded(final L2Snapshot snapshot, final L2Book book)
    {
        events.add("loaded " + snapshot.time());
    }

    @Override
    public void onDiff(final SnapshotDiff diff, final L2Book book)
    {
        events.add("diff " + diff.previousTimeMs() + "->" + diff.timeMs());
        for (final Side side : Side.values())
        {
            final LevelChanges changes = diff.changes(side);
            for (int i = 0; i < changes.count(); i++)
            {
                events.add(side + " " + changes.kind(i) + " " + Decimal.toString(changes.price(i), 8, 0) + " " +
                    Decimal.toString(changes.sizeBefore(i), 8, 0) + "->" +
                    Decimal.toString(changes.sizeAfter(i), 8, 0) + " n" + changes.ordersBefore(i) + "->" +
                    changes.ordersAfter(i));
            }
        }
    }

    @Override
    public void onIdentical(final long previousTimeMs, final long timeMs)
    {
        events.add("identical " + previousTimeMs + "->" + timeMs);
    }

    @Override
    public void onTimeNotIncreasing(final long lastTimeMs, final long timeMs)
    {
        events.add("ignored " + timeMs + "<=" + lastTimeMs);
    }

    List<String> take()
    {
        final List<String> out = new ArrayList<>(events);
        events.clear();
        return out;
    }
}
