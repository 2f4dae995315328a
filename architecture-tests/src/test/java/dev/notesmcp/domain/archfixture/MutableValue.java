package dev.notesmcp.domain.archfixture;

/** A domain type anyone may change: a public non-final field and a public "constant" array. */
public final class MutableValue {

    public static final String[] CODES = {"a", "b"};

    public String name;
}
