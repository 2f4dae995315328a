package dev.notesmcp.archfixture.coding;

import java.util.logging.Logger;

/** Logs through JUL directly instead of System.Logger. */
public final class UsesJavaUtilLogging {

    private static final Logger LOG = Logger.getLogger("fixture");

    public void log() {
        LOG.info("hello");
    }
}
