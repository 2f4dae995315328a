package dev.notesmcp.bootstrap.config;

import java.util.List;

/** The configuration has problems; each is one line that names the variable and what to do. */
public final class InvalidSettingsException extends RuntimeException {

    private final List<String> problems;

    public InvalidSettingsException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
