package dev.notesmcp.adapter.http.mcp.tool;

/**
 * A tool broke on something other than its arguments or a store outage (a bug). Its cause has been
 * logged; what the client is told is only {@link #clientMessage()}.
 */
public final class ToolFailedException extends RuntimeException {

    private final String tool;

    ToolFailedException(String tool) {
        super("tool " + tool + " failed", null, false, false);
        this.tool = tool;
    }

    /** The words for the JSON-RPC error: which tool, and that trying again later may help. */
    public String clientMessage() {
        return clientMessage(tool);
    }

    /** The same words for a call that failed where the tool's name was all that was known. */
    public static String clientMessage(String tool) {
        return "The server could not complete " + tool + "; try again later.";
    }
}
