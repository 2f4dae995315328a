package dev.notesmcp.bootstrap.store;

import java.util.ArrayList;
import java.util.List;

/** What a store module opened, closed in reverse order: background work stops before the pool it uses. */
final class Resources implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Resources.class.getName());

    private final List<AutoCloseable> opened = new ArrayList<>();

    <T extends AutoCloseable> T add(T resource) {
        opened.add(resource);
        return resource;
    }

    /** Closes every resource, newest first; one that fails is logged and the others still close. */
    @Override
    public void close() {
        for (AutoCloseable resource : opened.reversed()) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "closing a store failed: " + e.getMessage());
            }
        }
        opened.clear();
    }
}
