package org.betterfactories.site.testing;

/** Prints its arguments one a line: a stand-in for the builder when a test checks how a script calls it. */
public final class EchoArgs {
    private EchoArgs() {
    }

    public static void main(String[] args) {
        for (String a : args) {
            System.out.println(a);
        }
    }
}
