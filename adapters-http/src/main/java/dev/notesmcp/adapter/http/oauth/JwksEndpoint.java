package dev.notesmcp.adapter.http.oauth;

import dev.notesmcp.adapter.http.common.JsonResponses;
import dev.notesmcp.adapter.http.common.MethodNotAllowed;
import dev.notesmcp.application.port.in.token.PublishSigningKeysUseCase;
import dev.notesmcp.domain.token.SigningKey;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.PathMatchers;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * {@code /.well-known/jwks.json} (RFC 7517 §5) with {@code JWT_ALGORITHM=ES256}: the public half
 * of every key a token of ours may be signed with, so another service can verify our tokens.
 * Public and cross-origin like the metadata. Cached briefly: a new key appears here before it
 * signs (see {@code SigningKeyPolicy}), and a verifier that meets an unknown {@code kid} should
 * fetch again.
 */
public final class JwksEndpoint implements HttpService {

    public static final String PATH = "/.well-known/jwks.json";
    static final String CACHE_CONTROL = "public, max-age=15";
    private static final int P256_COORDINATE_BYTES = 32;

    private final PublishSigningKeysUseCase keys;
    private final JsonResponses json;

    public JwksEndpoint(PublishSigningKeysUseCase keys, JsonResponses json) {
        this.keys = keys;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.route(Method.GET, PathMatchers.exact(PATH), this::keySet);
        MethodNotAllowed.register(rules, PATH, Method.GET);
    }

    private void keySet(ServerRequest request, ServerResponse response) {
        response.header(HeaderNames.CACHE_CONTROL, CACHE_CONTROL);
        json.send(response, Status.OK_200, new KeySet(keys.publishedKeys().stream().map(JwksEndpoint::jwk).toList()));
    }

    /** RFC 7518 §6.2.1: x and y are the unsigned coordinates, each exactly 32 bytes for P-256. */
    static Jwk jwk(SigningKey key) {
        ECPublicKey publicKey;
        try {
            publicKey = (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(key.publicKey()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing key " + key.keyId() + " is not a P-256 public key", e);
        }
        return new Jwk("EC", "P-256", coordinate(publicKey.getW().getAffineX()),
                coordinate(publicKey.getW().getAffineY()), key.keyId(), "sig", "ES256");
    }

    private static String coordinate(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[P256_COORDINATE_BYTES];
        int length = Math.min(bytes.length, P256_COORDINATE_BYTES);
        System.arraycopy(bytes, bytes.length - length, fixed, P256_COORDINATE_BYTES - length, length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(fixed);
    }

    record KeySet(List<Jwk> keys) {
    }

    record Jwk(String kty, String crv, String x, String y, String kid, String use, String alg) {
    }
}
