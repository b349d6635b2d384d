/**
 * The allocation-free JSON byte scanner shared by the venue codecs; each codec subclasses it once to choose its
 * exception and add fast paths for its own message shapes.
 */
package dev.spindle.engine.json;
