package dev.notesmcp.bootstrap.metrics;

import dev.notesmcp.application.port.out.Metrics;
import dev.notesmcp.application.port.out.Metrics.StoreCallTimer;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A store port whose every call is timed ({@code notes_mcp_store_calls_seconds}, by port and
 * method), as one generic wrapper instead of a hand-written decorator per port. The timers are
 * resolved here, once per method, so a call only reads a map and records; an exception (a store
 * that is down) is timed as an error and passes through unchanged.
 */
final class TimedPort implements InvocationHandler {

    private final Object target;
    private final Map<Method, StoreCallTimer> timers;

    private TimedPort(Object target, Map<Method, StoreCallTimer> timers) {
        this.target = target;
        this.timers = timers;
    }

    static <T> T wrap(Class<T> port, T target, Metrics metrics) {
        Map<Method, StoreCallTimer> timers = new HashMap<>();
        for (Method method : port.getMethods()) {
            if (!Modifier.isStatic(method.getModifiers())) {
                timers.put(method, metrics.storeCalls(port.getSimpleName(), method.getName()));
            }
        }
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[]{port},
                new TimedPort(target, Map.copyOf(timers))));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        StoreCallTimer timer = timers.get(method);
        if (timer == null) {
            // equals, hashCode, toString: not a store call.
            return call(method, args);
        }
        long start = System.nanoTime();
        boolean succeeded = false;
        try {
            Object result = call(method, args);
            succeeded = true;
            return result;
        } finally {
            timer.record(Duration.ofNanos(System.nanoTime() - start), succeeded);
        }
    }

    private Object call(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
