package org.entente.error;

/**
 * Where a problem was found: a file (or corpus row, as {@code file#row=N}), and when known a character offset
 * into the article text. Either part may be absent.
 *
 * <pre>
 * Location at = Location.of("corpus.csv#row=12").at(340);
 * </pre>
 */
public record Location(String source, long offset) {
    public static final long NO_OFFSET = -1;
    public static final Location UNKNOWN = new Location(null, NO_OFFSET);

    public static Location of(String source) {
        return new Location(source, NO_OFFSET);
    }

    public Location at(long characterOffset) {
        return new Location(source, characterOffset);
    }

    @Override
    public String toString() {
        String where = source == null ? "<unknown>" : source;
        return offset == NO_OFFSET ? where : where + " @" + offset;
    }
}
