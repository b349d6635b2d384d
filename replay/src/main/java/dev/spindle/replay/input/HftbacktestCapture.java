package dev.spindle.replay.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * hftbacktest collector files of either venue, read in order as one recording. Every stream is interleaved in the
 * same files, so trades and tickers get passes of their own over the same files. Inline snapshots after a line are
 * found by scanning ahead (only when the replay needs to know, i.e. after a gap); the answer is remembered.
 */
final class HftbacktestCapture extends Capture
{
    private final List<Path> files;
    private final InputFormat format;
    private final String what;
    private int scannedFile = -1;
    private long scannedFromLine;
    private int snapshotFile = -1;
    private long snapshotLine;

    /** Binance files. */
    HftbacktestCapture(final List<Path> files)
    {
        this(files, InputFormat.HFTBACKTEST, "hftbacktest capture");
    }

    /**
     * @param files  the files, in recording order.
     * @param format the format they are read as.
     * @param what   the description before the file names.
     */
    HftbacktestCapture(final List<Path> files, final InputFormat format, final String what)
    {
        this.files = List.copyOf(files);
        this.format = format;
        this.what = what;
    }

    @Override
    public InputFormat format()
    {
        return format;
    }

    @Override
    public String description()
    {
        return FileList.describe(what, files);
    }

    @Override
    public RecordSource depth(final Warnings warnings, final boolean skipBadLines)
    {
        return new HftbacktestSource(files, warnings, skipBadLines);
    }

    @Override
    public RecordSource trades()
    {
        return new HftbacktestSource(files, Warnings.NONE, true);
    }

    @Override
    public RecordSource tickers()
    {
        return new HftbacktestSource(files, Warnings.NONE, true);
    }

    @Override
    public boolean snapshotAfter(final String file, final long lineNo) throws IOException
    {
        final int fileIndex = indexOf(file);
        if (snapshotFile >= 0 && isAfter(snapshotFile, snapshotLine, fileIndex, lineNo))
        {
            return true;
        }
        if (scannedFile >= 0 && snapshotFile < 0 && !isAfter(scannedFile, scannedFromLine, fileIndex, lineNo))
        {
            return false;
        }
        scannedFile = fileIndex;
        scannedFromLine = lineNo;
        snapshotFile = -1;
        try (HftbacktestSource source = new HftbacktestSource(files.subList(fileIndex, files.size()), Warnings.NONE, true))
        {
            while (source.next())
            {
                final int at = indexOf(source.file());
                if (source.kind() == RecordKind.SNAPSHOT && isAfter(at, source.lineNo(), fileIndex, lineNo))
                {
                    snapshotFile = at;
                    snapshotLine = source.lineNo();
                    return true;
                }
            }
        }
        return false;
    }

    private int indexOf(final String file)
    {
        for (int i = 0; i < files.size(); i++)
        {
            if (files.get(i).toString().equals(file))
            {
                return i;
            }
        }
        throw new IllegalArgumentException("not a file of this capture: " + file);
    }

    /** @return true if position (file a, line a) comes after position (file b, line b). */
    private static boolean isAfter(final int fileA, final long lineA, final int fileB, final long lineB)
    {
        return fileA > fileB || (fileA == fileB && lineA > lineB);
    }
}
