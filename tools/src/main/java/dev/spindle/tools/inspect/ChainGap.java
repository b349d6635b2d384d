package dev.spindle.tools.inspect;

/**
 * A break in the depth stream's update-id chain found by re-reading it.
 *
 * @param line         1-based line whose first id does not follow on.
 * @param lastId       last id of the line before.
 * @param nextFirstId  first id of {@code line}.
 * @param missingFrom  first missing id.
 * @param missingTo    last missing id.
 * @param explainedBy  how the ledger explains it ({@code DROP ids 5..14}, {@code RECONNECT at line 99}), or
 *                     null when it does not.
 */
record ChainGap(long line, long lastId, long nextFirstId, long missingFrom, long missingTo, String explainedBy)
{
    boolean explained()
    {
        return null != explainedBy;
    }
}
