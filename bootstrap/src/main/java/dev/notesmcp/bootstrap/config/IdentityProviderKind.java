package dev.notesmcp.bootstrap.config;

/** Who tells us who the user is. */
public enum IdentityProviderKind {
    GITHUB, GOOGLE, GITLAB, DEV
}
