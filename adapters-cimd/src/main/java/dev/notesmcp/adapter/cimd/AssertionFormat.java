package dev.notesmcp.adapter.cimd;

import com.nimbusds.jose.Algorithm;
import com.nimbusds.jose.Header;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outer form of a client assertion (RFC 7523 §2.2): a compact JWS signed with an asymmetric
 * algorithm. Refused before any key is looked at: {@code alg none} (unsigned), every HMAC
 * algorithm (the client has no secret shared with us, and a "secret" taken from its public key is
 * the classic algorithm-confusion attack), JWE, and anything outside {@link #ACCEPTED}. EdDSA is
 * not offered: Nimbus verifies it only with Google Tink on the classpath.
 */
final class AssertionFormat {

    static final int MAX_LENGTH = 8 * 1024;
    static final List<JWSAlgorithm> ACCEPTED = List.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512,
            JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);
    private static final String ACCEPTED_NAMES = ACCEPTED.stream().map(Algorithm::getName).collect(Collectors.joining(", "));

    private AssertionFormat() {
    }

    static SignedJWT parse(String assertion) throws AssertionRefusedException {
        if (assertion == null || assertion.isBlank()) {
            throw new AssertionRefusedException("it is empty");
        }
        if (assertion.length() > MAX_LENGTH) {
            throw new AssertionRefusedException("it is longer than " + MAX_LENGTH + " characters");
        }
        String[] parts = assertion.split("\\.", -1);
        if (parts.length == 5) {
            throw new AssertionRefusedException("it is an encrypted JWT (JWE); private_key_jwt needs a signed one (JWS)");
        }
        if (parts.length != 3) {
            throw new AssertionRefusedException("it is not a compact JWS: three base64url parts separated by dots"
                    + " (header.payload.signature)");
        }
        Header header;
        try {
            header = Header.parse(new Base64URL(parts[0]));
        } catch (ParseException e) {
            throw new AssertionRefusedException("its header is not a base64url-encoded JSON object with an alg");
        }
        if (header.getAlgorithm().equals(Algorithm.NONE)) {
            throw new AssertionRefusedException("its alg is none: an unsigned assertion proves nothing");
        }
        if (header instanceof JWEHeader) {
            throw new AssertionRefusedException("its header is a JWE header; private_key_jwt needs a signed JWT (JWS)");
        }
        JWSAlgorithm alg = ((JWSHeader) header).getAlgorithm();
        if (JWSAlgorithm.Family.HMAC_SHA.contains(alg)) {
            throw new AssertionRefusedException("its alg " + alg + " is a shared-secret (HMAC) algorithm;"
                    + " private_key_jwt is signed with the client's private key: " + ACCEPTED_NAMES);
        }
        if (!ACCEPTED.contains(alg)) {
            throw new AssertionRefusedException("its alg " + Printable.of(alg.getName()) + " is not accepted: "
                    + ACCEPTED_NAMES);
        }
        if (header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
            throw new AssertionRefusedException("its header marks parameters as critical (crit), which this server"
                    + " does not support");
        }
        try {
            return SignedJWT.parse(assertion);
        } catch (ParseException e) {
            throw new AssertionRefusedException("it is not a well-formed JWS");
        }
    }
}
