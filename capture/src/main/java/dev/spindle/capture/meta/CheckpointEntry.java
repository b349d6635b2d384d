package dev.spindle.capture.meta;

/**
 * A REST snapshot captured under {@code checkpoints/}.
 *
 * @param id          its lastUpdateId (the file name).
 * @param file        path relative to the session directory, e.g. {@code checkpoints/123.json}.
 * @param recvEpochNs receive time of the REST response.
 * @param bytes       size of the body.
 */
public record CheckpointEntry(long id, String file, long recvEpochNs, long bytes)
{
}
