package com.nimbusds.archfixture;

/** Stands in for a Nimbus type (adapters-oidc is not on this module's classpath); only its package matters. */
public interface FakeOidcProviderMetadata {
}
