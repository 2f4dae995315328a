package dev.notesmcp.adapter.oidc.archfixture;

import com.nimbusds.archfixture.FakeOidcProviderMetadata;

/** The OpenID Connect adapter on Nimbus: allowed (its row holds before the module exists). */
public final class OidcAdapterUsingNimbus {

    public FakeOidcProviderMetadata discovery() {
        return null;
    }
}
