package dev.spindle.replay.input;

import java.nio.file.Path;
import java.util.List;

/**
 * Files of Hyperliquid's public market-data archive ({@code market_data/<date>/<hour>/l2Book/<COIN>}, LZ4 in the
 * bucket, read here decompressed or gzip-recompressed), in order as one recording. The archive holds l2Book only,
 * so there is no trades pass.
 */
final class ArchiveCapture extends Capture
{
    private final List<Path> files;

    ArchiveCapture(final List<Path> files)
    {
        this.files = List.copyOf(files);
    }

    @Override
    public InputFormat format()
    {
        return InputFormat.HL_ARCHIVE;
    }

    @Override
    public String description()
    {
        return FileList.describe("Hyperliquid archive", files);
    }

    @Override
    public RecordSource depth(final Warnings warnings, final boolean skipBadLines)
    {
        return new ArchiveSource(files, warnings, skipBadLines);
    }
}
