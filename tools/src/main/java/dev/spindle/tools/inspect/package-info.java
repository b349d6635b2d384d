/**
 * {@code spindle inspect}: checks a capture session against itself (update-id chain re-read) and against its gap
 * ledger, and measures receive lag and throughput.
 */
package dev.spindle.tools.inspect;
