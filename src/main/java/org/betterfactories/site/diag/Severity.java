package org.betterfactories.site.diag;

/** How bad a {@link Problem} is: errors stop the build, warnings are reported and the build goes on. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word printed in a diagnostic line: {@code error} or {@code warning}. */
    public String label() {
        return label;
    }
}
