package dev.notesmcp.archfixture.coding;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs through SLF4J instead of System.Logger. */
public final class UsesSlf4j {

    private static final Logger LOG = LoggerFactory.getLogger(UsesSlf4j.class);

    public void log() {
        LOG.info("hello");
    }
}
