package org.betterfactories.site.diag;

import java.util.List;

/** A stage found errors. Carries every problem found so far (errors and warnings), sorted. */
public final class BuildFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient ExitCode exitCode;
    private final transient List<Problem> problems;

    public BuildFailedException(ExitCode exitCode, List<Problem> problems) {
        super(problems.stream().filter(Problem::isError).count() + " error(s)");
        this.exitCode = exitCode;
        this.problems = List.copyOf(problems);
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    public List<Problem> problems() {
        return problems;
    }
}
