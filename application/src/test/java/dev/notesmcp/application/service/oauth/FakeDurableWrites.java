package dev.notesmcp.application.service.oauth;

import dev.notesmcp.application.port.out.DurableWrites;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Runs each unit as it is, and notes what the stores held before and after it ({@code state}). */
final class FakeDurableWrites implements DurableWrites {

    /** The stores' state before and after one unit. */
    record Unit(String before, String after) {
    }

    private final Supplier<String> state;
    private final List<Unit> units = new ArrayList<>();

    FakeDurableWrites(Supplier<String> state) {
        this.state = state;
    }

    @Override
    public synchronized <T> T together(Supplier<T> work) {
        String before = state.get();
        T result = work.get();
        units.add(new Unit(before, state.get()));
        return result;
    }

    synchronized List<Unit> units() {
        return List.copyOf(units);
    }
}
