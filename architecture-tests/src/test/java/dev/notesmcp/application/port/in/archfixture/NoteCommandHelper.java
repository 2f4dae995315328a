package dev.notesmcp.application.port.in.archfixture;

/** A class (not a record) in port.in: behaviour that belongs in a service. */
public final class NoteCommandHelper {

    public String describe() {
        return "helper";
    }
}
