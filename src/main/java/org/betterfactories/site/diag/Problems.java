package org.betterfactories.site.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects every problem a stage finds, so that all of them are reported at once.
 * Safe to use from several threads.
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public synchronized void add(Problem problem) {
        list.add(problem);
    }

    public synchronized void addAll(Collection<Problem> problems) {
        list.addAll(problems);
    }

    public void error(String path, int line, int column, String message, String fix) {
        add(Problem.error(path, line, column, message, fix));
    }

    public void warning(String path, int line, int column, String message, String fix) {
        add(Problem.warning(path, line, column, message, fix));
    }

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    public synchronized long errorCount() {
        return list.stream().filter(Problem::isError).count();
    }

    public synchronized long warningCount() {
        return list.size() - errorCount();
    }

    /** All problems so far, sorted by file, line and column (duplicates removed). */
    public synchronized List<Problem> sorted() {
        return list.stream().distinct().sorted(Problem.IN_FILE_ORDER).toList();
    }

    /** Throws {@link BuildFailedException} when an error was collected. */
    public void failIfErrors(ExitCode code) throws BuildFailedException {
        if (hasErrors()) {
            throw new BuildFailedException(code, sorted());
        }
    }
}
