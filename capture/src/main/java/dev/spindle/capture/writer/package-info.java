/**
 * The capture thread and its producers: {@link dev.spindle.capture.writer.CaptureWriter} owns the thread and the
 * session directories; each producing thread gets a {@link dev.spindle.capture.writer.CaptureProducer} backed by
 * its own SPSC pool of preallocated records, which never blocks and counts what it refuses.
 */
package dev.spindle.capture.writer;
