/**
 * Structured, allocation-free event logging: one {@link dev.spindle.engine.log.EventProducer} (SPSC channel of
 * preallocated events) per producing thread, one logger thread that formats text or JSON lines and counts drops.
 */
package dev.spindle.engine.log;
