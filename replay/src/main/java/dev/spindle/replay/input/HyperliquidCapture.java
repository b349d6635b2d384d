package dev.spindle.replay.input;

/**
 * A capture of Hyperliquid frames, in any of the Hyperliquid {@link InputFormat}s: its {@link #depth} pass yields
 * the raw {@code l2Book} WebSocket frames (other frames may come along; the replay classifies them) and its
 * {@link #trades()} pass the raw {@code trades} frames, or null when the capture has none (the archive). Every
 * record is a {@link RecordKind#FRAME}: Hyperliquid has no REST snapshots to interleave, each l2Book frame is one.
 * <p>
 * {@link Captures} opens the right subclass; {@link dev.spindle.replay.Replay} hands it to the Hyperliquid replay.
 */
public abstract class HyperliquidCapture extends Capture
{
    HyperliquidCapture()
    {
    }
}
