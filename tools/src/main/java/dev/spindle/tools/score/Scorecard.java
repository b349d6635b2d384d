package dev.spindle.tools.score;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scores of one model at one feed granularity against the true order flow (definitions: README.md, "Scoring
 * L3 inference"). Quantities are shares.
 */
final class Scorecard
{
    final String model;
    final long bucketMs;
    long updates;
    long knownLevels;
    long droppedLevels;
    long trueFillQty;
    long trueCancelQty;
    long modelFillQty;
    long modelCancelQty;
    long fillHitQty;
    long cancelHitQty;
    long queueEvents;
    long queueAbsErrorSum;
    double queueFractionSum;
    long queueCarrierGone;
    long executedQty;
    long attributedQty;
    long underflowQty;
    long elapsedMs;

    Scorecard(final String model, final long bucketMs)
    {
        this.model = model;
        this.bucketMs = bucketMs;
    }

    /** @return share of the model's fill quantity that truly was a fill, or NaN if it filled nothing. */
    double fillPrecision()
    {
        return ratio(fillHitQty, modelFillQty);
    }

    /** @return share of the true fill quantity the model called a fill, or NaN. */
    double fillRecall()
    {
        return ratio(fillHitQty, trueFillQty);
    }

    /** @return share of the model's cancel quantity that truly was a cancel, or NaN if it cancelled nothing. */
    double cancelPrecision()
    {
        return ratio(cancelHitQty, modelCancelQty);
    }

    /** @return share of the true cancel quantity the model called a cancel, or NaN. */
    double cancelRecall()
    {
        return ratio(cancelHitQty, trueCancelQty);
    }

    /** @return mean absolute error of the quantity ahead, shares, or NaN. */
    double queueMaeShares()
    {
        return queueEvents == 0 ? Double.NaN : (double)queueAbsErrorSum / queueEvents;
    }

    /** @return mean absolute error of the quantity ahead as a fraction of the level's size, or NaN. */
    double queueMaeFraction()
    {
        return queueEvents == 0 ? Double.NaN : queueFractionSum / queueEvents;
    }

    /** @return share of executed quantity the model filled from the right order, or NaN. */
    double attribution()
    {
        return ratio(attributedQty, executedQty);
    }

    /** @return the granularity as printed: {@code message} or {@code 100ms}. */
    String granularity()
    {
        return bucketMs == 0 ? "message" : bucketMs + "ms";
    }

    /** @return the scores and counts, in print order, NaN as null. */
    Map<String, Object> toMap()
    {
        final Map<String, Object> map = new LinkedHashMap<>();
        map.put("model", model);
        map.put("bucket_ms", bucketMs);
        map.put("fill_precision", json(fillPrecision()));
        map.put("fill_recall", json(fillRecall()));
        map.put("cancel_precision", json(cancelPrecision()));
        map.put("cancel_recall", json(cancelRecall()));
        map.put("queue_mae_shares", json(queueMaeShares()));
        map.put("queue_mae_fraction", json(queueMaeFraction()));
        map.put("fill_attribution", json(attribution()));
        map.put("updates", updates);
        map.put("known_levels", knownLevels);
        map.put("dropped_levels", droppedLevels);
        map.put("true_fill_qty", trueFillQty);
        map.put("true_cancel_qty", trueCancelQty);
        map.put("model_fill_qty", modelFillQty);
        map.put("model_cancel_qty", modelCancelQty);
        map.put("queue_events", queueEvents);
        map.put("queue_events_order_gone", queueCarrierGone);
        map.put("executed_qty", executedQty);
        map.put("attributed_qty", attributedQty);
        map.put("underflow_qty", underflowQty);
        map.put("elapsed_ms", elapsedMs);
        return map;
    }

    /** @return {@link #toMap()} without the granularity and the elapsed time, to compare two runs' scores. */
    Map<String, Object> toMapWithoutTime()
    {
        final Map<String, Object> map = toMap();
        map.remove("bucket_ms");
        map.remove("elapsed_ms");
        return map;
    }

    private static Object json(final double value)
    {
        return Double.isNaN(value) ? null : Math.round(value * 1e6) / 1e6;
    }

    private static double ratio(final long part, final long whole)
    {
        return whole == 0 ? Double.NaN : (double)part / whole;
    }
}
