/**
 * Lossless raw capture of venue feeds: every frame byte for byte with its receive time, REST snapshots and
 * checkpoints, and a gap ledger that says exactly where a session is incomplete.
 * <p>
 * {@link dev.spindle.capture.SessionLayout} documents the on-disk format; {@link dev.spindle.capture.CaptureConfig}
 * the flags. Writing: {@link dev.spindle.capture.writer.CaptureWriter} and
 * {@link dev.spindle.capture.writer.CaptureProducer}. Reading: {@link dev.spindle.capture.reader.SessionReader}.
 * Metadata model: {@link dev.spindle.capture.meta.SessionMetadata}. Readers of third-party recording formats live
 * in {@code dev.spindle.capture.format}.
 */
package dev.spindle.capture;
