package dev.notesmcp.adapter.cimd;

/**
 * Carries why an assertion is not vouched for, from the step that found it to
 * {@link JwtClientAssertionVerifier#verify}, which turns it into {@code Invalid(reason)}. Expected,
 * so it records no stack trace.
 */
final class AssertionRefusedException extends Exception {

    AssertionRefusedException(String reason) {
        super(reason, null, false, false);
    }
}
