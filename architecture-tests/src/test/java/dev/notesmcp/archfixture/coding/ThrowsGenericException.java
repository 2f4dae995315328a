package dev.notesmcp.archfixture.coding;

/** Throws an exception that says nothing about what broke. */
public final class ThrowsGenericException {

    public void fail() {
        throw new RuntimeException("something went wrong");
    }
}
