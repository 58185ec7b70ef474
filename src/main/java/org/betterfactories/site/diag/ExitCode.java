package org.betterfactories.site.diag;

/** The process exit codes of the command line. */
public enum ExitCode {
    /** Everything worked. */
    OK(0),
    /** The content, templates or translations have errors, or the build failed. */
    CONTENT_ERROR(1),
    /** The command line or the site configuration is wrong. */
    USAGE_OR_CONFIG_ERROR(2);

    private final int value;

    ExitCode(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }
}
