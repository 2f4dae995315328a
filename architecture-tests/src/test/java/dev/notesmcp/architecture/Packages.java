package dev.notesmcp.architecture;

/** The package names the rules speak about, spelled once. */
final class Packages {

    static final String ROOT = "dev.notesmcp";
    static final String DOMAIN = "dev.notesmcp.domain..";
    static final String APPLICATION = "dev.notesmcp.application..";
    static final String INCOMING_PORTS = "dev.notesmcp.application.port.in..";
    static final String OUTGOING_PORTS = "dev.notesmcp.application.port.out..";
    static final String PORTS = "dev.notesmcp.application.port..";
    static final String SERVICES = "dev.notesmcp.application.service..";
    static final String ADAPTERS = "dev.notesmcp.adapter..";
    static final String HTTP_ADAPTER = "dev.notesmcp.adapter.http..";
    static final String JWT_ADAPTER = "dev.notesmcp.adapter.jwt..";
    static final String POSTGRES_ADAPTER = "dev.notesmcp.adapter.postgres..";
    static final String REDIS_ADAPTER = "dev.notesmcp.adapter.redis..";
    static final String GITHUB_ADAPTER = "dev.notesmcp.adapter.github..";
    static final String CIMD_ADAPTER = "dev.notesmcp.adapter.cimd..";
    static final String DEVLOGIN_ADAPTER = "dev.notesmcp.adapter.devlogin..";
    static final String METRICS_ADAPTER = "dev.notesmcp.adapter.metrics..";
    /** Not built yet (issue 10): its row in the framework table holds before the module exists. */
    static final String OIDC_ADAPTER = "dev.notesmcp.adapter.oidc..";
    static final String BOOTSTRAP = "dev.notesmcp.bootstrap..";
    static final String JAVA = "java..";

    private Packages() {
    }
}
