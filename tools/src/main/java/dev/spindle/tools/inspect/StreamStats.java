package dev.spindle.tools.inspect;

import dev.spindle.capture.FileKind;
import dev.spindle.capture.reader.SessionReader;

/** What inspect measured over one stream of a session. */
final class StreamStats
{
    final FileKind kind;
    final LagSamples lag = new LagSamples();
    long lines;
    long bytes;
    long firstRecvEpochNs = SessionReader.NO_RECV_TIME;
    long lastRecvEpochNs = SessionReader.NO_RECV_TIME;
    long linesWithoutRecv;
    long unparsedLines;
    long metadataLines = -1;
    int parts;

    StreamStats(final FileKind kind)
    {
        this.kind = kind;
    }

    void onLine(final long recvEpochNs, final int length, final LineFields fields, final boolean parsed)
    {
        lines++;
        bytes += length + 1;
        if (!parsed)
        {
            unparsedLines++;
        }
        if (SessionReader.NO_RECV_TIME == recvEpochNs)
        {
            linesWithoutRecv++;
            return;
        }
        if (SessionReader.NO_RECV_TIME == firstRecvEpochNs)
        {
            firstRecvEpochNs = recvEpochNs;
        }
        lastRecvEpochNs = recvEpochNs;
        if (parsed && LineFields.ABSENT != fields.eventTimeMs)
        {
            lag.add(recvEpochNs / 1_000L - fields.eventTimeMs * 1_000L);
        }
    }

    double spanSeconds()
    {
        if (SessionReader.NO_RECV_TIME == firstRecvEpochNs)
        {
            return 0;
        }
        return (lastRecvEpochNs - firstRecvEpochNs) / 1e9;
    }

    /** @return JSONL bytes per second of receive time, or NaN when the span is empty. */
    double bytesPerSecond()
    {
        final double span = spanSeconds();
        return span > 0 ? bytes / span : Double.NaN;
    }
}
