package dev.spindle.tools.inspect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.spindle.capture.FileKind;
import dev.spindle.capture.meta.LedgerEntry;
import dev.spindle.capture.meta.SessionMetadata;
import dev.spindle.capture.reader.LineCursor;
import dev.spindle.capture.reader.SessionReader;

/** Reads a whole session once and measures it for {@link InspectCommand}. */
final class SessionInspector
{
    private SessionInspector()
    {
    }

    /**
     * @param sessionDir a capture session directory.
     * @return the measurements.
     * @throws IOException one line naming the file at fault when the session cannot be read.
     */
    static InspectReport inspect(final Path sessionDir) throws IOException
    {
        final List<String> warnings = new ArrayList<>();
        final SessionReader reader = SessionReader.open(sessionDir, warnings::add);
        final SessionMetadata metadata = reader.metadata().orElse(null);
        final List<LedgerEntry> ledger = null == metadata ? List.of() : metadata.ledger();
        if (null == metadata)
        {
            warnings.add(sessionDir + ": no metadata.json; no ledger to explain gaps");
        }

        final LineFields fields = new LineFields();
        final List<StreamStats> streams = new ArrayList<>();
        DepthChain chain = null;
        for (final FileKind kind : reader.kinds())
        {
            final StreamStats stats = new StreamStats(kind);
            stats.parts = reader.parts(kind).size();
            if (null != metadata && null != metadata.file(kind))
            {
                stats.metadataLines = metadata.lines(kind);
            }
            final DepthChain streamChain = FileKind.DIFFS == kind ? new DepthChain(kind.baseName(), ledger) : null;
            try (LineCursor cursor = reader.cursor(kind))
            {
                while (cursor.next())
                {
                    final boolean parsed = fields.parse(cursor.buffer(), cursor.offset(), cursor.length());
                    stats.onLine(cursor.recvEpochNs(), cursor.length(), fields, parsed);
                    if (null != streamChain)
                    {
                        streamChain.onLine(cursor.lineNo(), fields, parsed);
                    }
                }
            }
            if (stats.metadataLines > stats.lines)
            {
                warnings.add(kind.baseName() + ": metadata.json counts " + stats.metadataLines +
                    " lines but the files hold " + stats.lines);
            }
            streams.add(stats);
            if (null != streamChain)
            {
                chain = streamChain;
            }
        }
        if (null != metadata && metadata.ledgerEntriesOmitted() > 0)
        {
            warnings.add(metadata.ledgerEntriesOmitted() + " ledger entries were not kept (ledger full); " +
                "gaps may be reported as unexplained");
        }
        return new InspectReport(
            reader.directory(), metadata, streams, chain, reader.checkpoints().size(), warnings);
    }
}
