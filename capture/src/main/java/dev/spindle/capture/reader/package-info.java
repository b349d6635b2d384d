/**
 * Reading sessions back: {@link dev.spindle.capture.reader.SessionReader} streams every stream's lines in order
 * across rotated and gzip parts with their receive times, tolerating what a crash leaves behind.
 */
package dev.spindle.capture.reader;
