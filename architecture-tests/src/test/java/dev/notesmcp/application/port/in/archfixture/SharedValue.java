package dev.notesmcp.application.port.in.archfixture;

/** A plain value shared by several use cases: allowed in port.in. */
public record SharedValue(String value) {
}
