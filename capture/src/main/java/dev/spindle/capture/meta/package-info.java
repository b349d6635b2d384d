/**
 * The model of {@code metadata.json} and its JSON codec: session facts, per-stream counts, checkpoints and the
 * gap ledger.
 */
package dev.spindle.capture.meta;
