package dev.spindle.engine.feed;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

import dev.spindle.engine.book.L2Book;

/**
 * Hands a {@link BookCopy} request from any thread to the engine thread, which fills it between two frames, so
 * that a whole book can be read consistently without locking the hot path. One request at a time; the engine
 * polls {@link #serve} (a plain volatile read when nothing is pending) and never allocates for it.
 */
public final class BookCopier
{
    private static final long PARK_NS = 100_000L;

    private final AtomicReference<BookCopy> request = new AtomicReference<>();

    /**
     * Any thread but the engine's: have the engine copy book {@code index} and wait.
     *
     * @param index     the book's index in the feed.
     * @param into      filled by the engine thread.
     * @param timeoutMs how long to wait.
     * @return true once copied; false on timeout (the engine is not running or is stuck).
     */
    public boolean copy(final int index, final BookCopy into, final long timeoutMs)
    {
        into.symbolIndex = index;
        into.done = false;
        final long deadlineNs = System.nanoTime() + timeoutMs * 1_000_000L;
        while (!request.compareAndSet(null, into))
        {
            if (System.nanoTime() - deadlineNs > 0)
            {
                return false;
            }
            LockSupport.parkNanos(PARK_NS);
        }
        while (!into.done)
        {
            if (System.nanoTime() - deadlineNs > 0)
            {
                request.compareAndSet(into, null);
                return into.done;
            }
            LockSupport.parkNanos(PARK_NS);
        }
        return true;
    }

    /**
     * Engine thread: fill the pending request, if any.
     *
     * @param books the feed's books by index.
     * @return true if a request was served.
     */
    public boolean serve(final IntFunction<L2Book> books)
    {
        final BookCopy copy = request.get();
        if (null == copy)
        {
            return false;
        }
        copy.fill(books.apply(copy.symbolIndex));
        copy.done = true;
        request.compareAndSet(copy, null);
        return true;
    }
}
