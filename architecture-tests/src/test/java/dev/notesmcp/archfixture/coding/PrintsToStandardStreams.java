package dev.notesmcp.archfixture.coding;

/** Prints past the logger. */
public final class PrintsToStandardStreams {

    public void report(Exception problem) {
        System.out.println("problem");
        problem.printStackTrace();
    }
}
