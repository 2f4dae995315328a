package dev.notesmcp.bootstrap;

/** The version this build calls itself, from the jar's manifest when there is one. */
final class Version {

    private Version() {
    }

    static String current() {
        String fromManifest = Version.class.getPackage().getImplementationVersion();
        return fromManifest == null ? "dev" : fromManifest;
    }
}
