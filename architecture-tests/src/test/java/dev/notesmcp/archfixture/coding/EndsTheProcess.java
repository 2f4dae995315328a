package dev.notesmcp.archfixture.coding;

/** A feature deciding that the whole process ends. */
public final class EndsTheProcess {

    public void giveUp() {
        System.exit(1);
    }
}
