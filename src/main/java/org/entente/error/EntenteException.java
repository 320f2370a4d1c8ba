package org.entente.error;

/** A failure that carries the location it concerns, so the message always names the file and the problem. */
public class EntenteException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Location location;

    public EntenteException(Location location, String message) {
        super(location + ": " + message);
        this.location = location;
    }

    public EntenteException(Location location, String message, Throwable cause) {
        super(location + ": " + message, cause);
        this.location = location;
    }

    public Location location() {
        return location;
    }
}
