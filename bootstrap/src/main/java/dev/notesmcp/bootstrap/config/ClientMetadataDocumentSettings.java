package dev.notesmcp.bootstrap.config;

/** Whether client metadata documents (CIMD) are accepted, and whether they may come from loopback (tests). */
public record ClientMetadataDocumentSettings(boolean enabled, boolean allowLoopback) {

    public static final ClientMetadataDocumentSettings DEFAULT = new ClientMetadataDocumentSettings(true, false);
}
