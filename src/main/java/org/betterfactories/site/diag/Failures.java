package org.betterfactories.site.diag;

/** Words for an unexpected failure inside a stage, for the problem that replaces it. */
public final class Failures {
    private Failures() {
    }

    /** "the text nests too deeply", or the exception's kind and message. */
    public static String describe(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "its text is nested too deeply or repeats one mark too often to be read";
        }
        if (e instanceof OutOfMemoryError) {
            return "it is too large to be read";
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m.lines().findFirst().orElse(""));
    }
}
