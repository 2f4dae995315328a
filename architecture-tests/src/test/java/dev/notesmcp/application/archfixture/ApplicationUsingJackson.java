package dev.notesmcp.application.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A framework type in the application layer. */
public final class ApplicationUsingJackson {

    public ObjectMapper mapper() {
        return new ObjectMapper();
    }
}
