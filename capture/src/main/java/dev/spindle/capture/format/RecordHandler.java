package dev.spindle.capture.format;

/** Receives recorded lines in recorded order. */
@FunctionalInterface
public interface RecordHandler
{
    /**
     * @param line valid only during this call.
     */
    void onLine(RecordedLine line);
}
