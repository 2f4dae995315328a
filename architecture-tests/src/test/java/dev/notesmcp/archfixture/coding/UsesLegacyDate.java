package dev.notesmcp.archfixture.coding;

import java.util.Date;

/** java.util.Date outside the one adapter whose library needs it. */
public final class UsesLegacyDate {

    public Date now() {
        return new Date();
    }
}
