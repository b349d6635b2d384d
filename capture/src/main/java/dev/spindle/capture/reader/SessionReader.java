package dev.spindle.capture.reader;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.spindle.capture.FileKind;
import dev.spindle.capture.SessionLayout;
import dev.spindle.capture.meta.MetadataCodec;
import dev.spindle.capture.meta.SessionMetadata;

/**
 * Reads a capture session directory back: metadata, the first snapshot, checkpoints, and every stream's lines in
 * order across rotated and gzip parts, each with its receive time (see {@link dev.spindle.capture.SessionLayout}).
 * <p>
 * Parts are found by listing the directory, not from {@code metadata.json}, so a session cut short by a crash is
 * read in full, up to its last flushed line. Also reads a bare directory holding only {@code diffs.jsonl} (the
 * hft-rs layout): its lines come with {@link #NO_RECV_TIME}.
 * <p>
 * Not thread-safe; open one reader per thread.
 */
public final class SessionReader
{
    /** Receive time of a line that has none recorded. */
    public static final long NO_RECV_TIME = Long.MIN_VALUE;

    private final Path dir;
    private final SessionMetadata metadata;
    private final ReadWarningHandler warnings;

    private SessionReader(final Path dir, final SessionMetadata metadata, final ReadWarningHandler warnings)
    {
        this.dir = dir;
        this.metadata = metadata;
        this.warnings = warnings;
    }

    /**
     * @param sessionDir a session directory.
     * @param warnings   receives what was tolerated (torn lines, truncated gzip, unpaired lines).
     * @return the reader, with {@code metadata.json} already parsed when present.
     * @throws IOException one line naming the directory or file at fault: not a directory, no capture files,
     *                     unreadable or invalid {@code metadata.json}, or a newer format version.
     */
    public static SessionReader open(final Path sessionDir, final ReadWarningHandler warnings) throws IOException
    {
        Objects.requireNonNull(warnings, "warnings");
        final Path dir = sessionDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir))
        {
            throw new IOException("not a capture session directory: " + dir);
        }
        final Path metadataFile = dir.resolve(SessionLayout.METADATA);
        SessionMetadata metadata = null;
        if (Files.exists(metadataFile))
        {
            metadata = MetadataCodec.fromJson(Files.readAllBytes(metadataFile), metadataFile.toString());
            if (metadata.formatVersion() > SessionLayout.FORMAT_VERSION)
            {
                throw new IOException(metadataFile + ": formatVersion " + metadata.formatVersion() +
                    " is newer than this kit reads (" + SessionLayout.FORMAT_VERSION + ")");
            }
        }
        final SessionReader reader = new SessionReader(dir, metadata, warnings);
        if (null == metadata && reader.kinds().isEmpty())
        {
            throw new IOException("not a capture session directory (no " + SessionLayout.METADATA +
                " and no .jsonl files): " + dir);
        }
        return reader;
    }

    /** @return the session directory, absolute. */
    public Path directory()
    {
        return dir;
    }

    /** @return the parsed {@code metadata.json}, empty for a bare directory without one. */
    public Optional<SessionMetadata> metadata()
    {
        return Optional.ofNullable(metadata);
    }

    /** @return the streams that have at least one file, in {@link FileKind} order. */
    public List<FileKind> kinds() throws IOException
    {
        final List<FileKind> kinds = new ArrayList<>();
        for (final FileKind kind : FileKind.values())
        {
            if (!parts(kind).isEmpty())
            {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /**
     * @param kind a stream.
     * @return its line files in reading order (unrotated file first, then parts by number); empty when none.
     */
    public List<Path> parts(final FileKind kind) throws IOException
    {
        final List<Path> parts = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir))
        {
            for (final Path file : files)
            {
                if (SessionLayout.parsePart(kind, file.getFileName().toString()) >= 0 && Files.isRegularFile(file))
                {
                    parts.add(file);
                }
            }
        }
        parts.sort(Comparator
            .comparingInt((Path p) -> SessionLayout.parsePart(kind, p.getFileName().toString()))
            .thenComparing(p -> p.getFileName().toString()));
        return parts;
    }

    /**
     * @param kind a stream.
     * @return a cursor over its lines; empty when the stream has no files. Close it.
     */
    public LineCursor cursor(final FileKind kind) throws IOException
    {
        return new LineCursor(parts(kind), warnings);
    }

    /**
     * Streams every line of {@code kind} to {@code handler}, in order.
     *
     * @param kind    a stream.
     * @param handler receives each line with its receive time.
     * @return the number of lines delivered.
     * @throws IOException when a file cannot be read, or thrown by the handler.
     */
    public long read(final FileKind kind, final LineHandler handler) throws IOException
    {
        try (LineCursor cursor = cursor(kind))
        {
            while (cursor.next())
            {
                handler.onLine(cursor.recvEpochNs(), cursor.buffer(), cursor.offset(), cursor.length(), cursor.lineNo());
            }
            return cursor.lineNo();
        }
    }

    /** @return the bytes of {@code snapshot.json}, or null when the session has none. */
    public byte[] snapshot() throws IOException
    {
        final Path file = dir.resolve(SessionLayout.SNAPSHOT);
        return Files.exists(file) ? Files.readAllBytes(file) : null;
    }

    /** @return the checkpoint files under {@code checkpoints/}, by increasing id; empty when none. */
    public List<CheckpointFile> checkpoints() throws IOException
    {
        final Path checkpointDir = dir.resolve(SessionLayout.CHECKPOINTS);
        final List<CheckpointFile> checkpoints = new ArrayList<>();
        if (!Files.isDirectory(checkpointDir))
        {
            return checkpoints;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(checkpointDir))
        {
            for (final Path file : files)
            {
                final long id = SessionLayout.parseCheckpointId(file.getFileName().toString());
                if (id >= 0)
                {
                    checkpoints.add(new CheckpointFile(id, file));
                }
            }
        }
        checkpoints.sort(Comparator.comparingLong(CheckpointFile::id));
        return checkpoints;
    }
}
