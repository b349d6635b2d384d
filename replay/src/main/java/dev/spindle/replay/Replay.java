package dev.spindle.replay;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

import dev.spindle.replay.binance.BinanceReplay;
import dev.spindle.replay.hyperliquid.HyperliquidReplay;
import dev.spindle.replay.input.Capture;
import dev.spindle.replay.input.Captures;
import dev.spindle.replay.input.HyperliquidCapture;

/**
 * Runs one offline replay: opens the capture named by the options, rebuilds the book with the live handler's
 * decoder, book and sync rules, infers L3 events, writes the requested outputs and verifications, and prints
 * progress and a closing summary to {@code err}.
 */
public final class Replay
{
    private Replay()
    {
    }

    /**
     * @param options what to replay and what to write.
     * @param err     progress lines, warnings and the summary.
     * @return the counts; a verification mismatch is reported here and by {@link ReplayResult#verified()}.
     * @throws ReplayException one line naming the file, line, ids or flag at fault (bad input, a gap under
     *                         {@code --validate-sequence}, an unwritable output).
     */
    public static ReplayResult run(final ReplayOptions options, final PrintWriter err)
    {
        final Capture capture;
        try
        {
            capture = Captures.open(options.format(), options.session(), options.snapshot(), options.diffs(),
                options.inputs());
        }
        catch (final IOException ex)
        {
            throw new ReplayException(ex.getMessage(), ex);
        }
        if (!(capture instanceof HyperliquidCapture) && options.model() == ReplayOptions.Model.COUNTS)
        {
            throw new ReplayException("--model counts needs a Hyperliquid capture (it reads the order counts n); " +
                capture.description() + " is not one");
        }
        try
        {
            if (capture instanceof HyperliquidCapture)
            {
                return new HyperliquidReplay(options, (HyperliquidCapture)capture, err).run().toReplayResult();
            }
            return new BinanceReplay(options, capture, err).run();
        }
        catch (final UncheckedIOException ex)
        {
            throw new ReplayException(ex.getMessage(), ex);
        }
    }
}
