/**
 * Pieces every live venue handler shares: the connection settings and their validation ({@link
 * dev.spindle.engine.feed.ConnectionSettings}, built through {@link dev.spindle.engine.feed.ConnectionBuilder}),
 * the reader-to-engine frame slot ({@link
 * dev.spindle.engine.feed.InboundFrame}), reconnect back-off ({@link dev.spindle.engine.feed.Backoff}), the
 * seqlock top-of-book publisher ({@link dev.spindle.engine.feed.TopPublisher}, read into {@link
 * dev.spindle.engine.feed.TopOfBook}), whole-book copies on request ({@link dev.spindle.engine.feed.BookCopier},
 * {@link dev.spindle.engine.feed.BookCopy}) and the view status printers use ({@link
 * dev.spindle.engine.feed.LiveBooks}). No network code here.
 */
package dev.spindle.engine.feed;
