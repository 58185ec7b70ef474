package org.betterfactories.site.source;

/** A place in a source file: 1-based line and column (columns count characters, not bytes). */
public record Position(int line, int column) {
    /** The start of a file, for problems that concern the whole file. */
    public static final Position START = new Position(1, 1);

    /** Moves this position down by {@code lines}, for text that was cut out of a larger file. */
    public Position shift(int lines) {
        return new Position(line + lines, column);
    }
}
