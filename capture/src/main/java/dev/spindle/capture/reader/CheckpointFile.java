package dev.spindle.capture.reader;

import java.nio.file.Path;

/**
 * A checkpoint snapshot found under a session's {@code checkpoints/}.
 *
 * @param id   its lastUpdateId.
 * @param path the file.
 */
public record CheckpointFile(long id, Path path)
{
}
