package dev.spindle.replay.input;

import java.nio.file.Path;
import java.util.List;

/**
 * hftbacktest collector files of Hyperliquid ({@code <local_ns> <raw WS frame>} lines, gzip or plain), read in
 * order as one recording. l2Book and trades frames (of any coins) are interleaved in the same files, so the trades
 * get a pass of their own over them.
 */
final class HyperliquidHftbacktestCapture extends HyperliquidCapture
{
    private final List<Path> files;

    HyperliquidHftbacktestCapture(final List<Path> files)
    {
        this.files = List.copyOf(files);
    }

    @Override
    public InputFormat format()
    {
        return InputFormat.HL_HFTBACKTEST;
    }

    @Override
    public String description()
    {
        return FileList.describe("hftbacktest Hyperliquid capture", files);
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
}
