package dev.spindle.binance.codec;

/**
 * A reply to a control request on a market-stream connection: {@code {"result":null,"id":1}} for SUBSCRIBE and
 * friends, or an error {@code {"code":2,"msg":"Invalid request: ..","id":1}} (also accepted nested as
 * {@code {"error":{"code":..,"msg":..},"id":..}}). Replies are rare, so text fields are Strings. Not thread safe.
 */
public final class Reply
{
    /** Value of {@link #id()} when the id is absent, null or a string. */
    public static final long NO_ID = Long.MIN_VALUE;

    long id = NO_ID;
    String idText;
    boolean hasResult;
    boolean resultIsNull;
    long errorCode;
    String errorMessage;

    void clear()
    {
        id = NO_ID;
        idText = null;
        hasResult = false;
        resultIsNull = false;
        errorCode = 0;
        errorMessage = null;
    }

    /** @return the numeric request id, or {@link #NO_ID}. */
    public long id()
    {
        return id;
    }

    /** @return the request id when it was a string, else null. */
    public String idText()
    {
        return idText;
    }

    /** @return true if the reply had a {@code result} member (null or not). */
    public boolean hasResult()
    {
        return hasResult;
    }

    /** @return true if {@code result} was {@code null}: the usual success reply to SUBSCRIBE/UNSUBSCRIBE. */
    public boolean resultIsNull()
    {
        return resultIsNull;
    }

    /** @return true if this reply reports an error. */
    public boolean isError()
    {
        return errorCode != 0 || errorMessage != null;
    }

    /** @return the error code, 0 if none. */
    public long errorCode()
    {
        return errorCode;
    }

    /** @return the error message, null if none. */
    public String errorMessage()
    {
        return errorMessage;
    }

    @Override
    public String toString()
    {
        return "Reply[id=" + (idText != null ? idText : id == NO_ID ? "none" : Long.toString(id)) +
            (isError() ? " error " + errorCode + " " + errorMessage : " result" + (resultIsNull ? "=null" : "")) + "]";
    }
}
