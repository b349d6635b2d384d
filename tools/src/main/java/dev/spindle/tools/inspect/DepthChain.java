package dev.spindle.tools.inspect;

import java.util.ArrayList;
import java.util.List;

import dev.spindle.capture.LedgerKind;
import dev.spindle.capture.meta.LedgerEntry;

/**
 * Re-reads the depth stream's update-id chain: spot links {@code U == previous u + 1}; when frames carry
 * {@code pu} (USD-M futures) they link by {@code pu == previous u}. A gap is explained when a ledger entry's id
 * range covers the missing ids, or when an entry without ids of a kind that breaks the chain (GAP, RESYNC,
 * RECONNECT, DROP, ERROR) sits exactly before the line where the chain breaks.
 */
final class DepthChain
{
    /** Gaps kept for the report; the rest are only counted. */
    static final int MAX_LISTED_GAPS = 1000;

    private final String fileName;
    private final List<LedgerEntry> ledger;
    private final List<ChainGap> gaps = new ArrayList<>();
    private long firstId = -1;
    private long lastId = -1;
    private long gapCount;
    private long unexplainedCount;
    private long overlaps;
    private long linesWithoutIds;

    DepthChain(final String fileName, final List<LedgerEntry> ledger)
    {
        this.fileName = fileName;
        this.ledger = ledger;
    }

    void onLine(final long lineNo, final LineFields fields, final boolean parsed)
    {
        if (!parsed || !fields.hasIds())
        {
            linesWithoutIds++;
            return;
        }
        if (firstId < 0)
        {
            firstId = fields.firstId;
        }
        else if (fields.firstId <= lastId)
        {
            overlaps++;
        }
        else if (breaks(fields))
        {
            onGap(lineNo, fields);
        }
        lastId = Math.max(lastId, fields.lastId);
    }

    private boolean breaks(final LineFields fields)
    {
        if (LineFields.ABSENT != fields.previousLastId)
        {
            return fields.previousLastId != lastId;
        }
        return fields.firstId != lastId + 1;
    }

    private void onGap(final long lineNo, final LineFields fields)
    {
        final long missingFrom = lastId + 1;
        final long missingTo = fields.firstId - 1;
        final String explainedBy = explain(lineNo, missingFrom, missingTo);
        gapCount++;
        if (null == explainedBy)
        {
            unexplainedCount++;
        }
        if (gaps.size() < MAX_LISTED_GAPS)
        {
            gaps.add(new ChainGap(lineNo, lastId, fields.firstId, missingFrom, missingTo, explainedBy));
        }
    }

    private String explain(final long lineNo, final long missingFrom, final long missingTo)
    {
        for (final LedgerEntry entry : ledger)
        {
            if (entry.covers(missingFrom, missingTo))
            {
                return entry.kind() + " ids " + entry.fromId() + ".." + entry.toId();
            }
        }
        for (final LedgerEntry entry : ledger)
        {
            final boolean idLess = entry.fromId() < 0 || entry.toId() < 0;
            if (idLess && breaksChain(entry.kind()) && fileName.equals(entry.file()) && entry.line() == lineNo - 1)
            {
                return entry.kind() + " at line " + entry.line();
            }
        }
        return null;
    }

    private static boolean breaksChain(final LedgerKind kind)
    {
        return LedgerKind.ROLLOVER != kind;
    }

    long firstId()
    {
        return firstId;
    }

    long lastId()
    {
        return lastId;
    }

    List<ChainGap> gaps()
    {
        return gaps;
    }

    long gapCount()
    {
        return gapCount;
    }

    long unexplainedCount()
    {
        return unexplainedCount;
    }

    long overlaps()
    {
        return overlaps;
    }

    long linesWithoutIds()
    {
        return linesWithoutIds;
    }
}
