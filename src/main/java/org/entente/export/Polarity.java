package org.entente.export;

/** The sign of a relation: cooperation (positive Goldstein scores) or conflict (zero or negative). */
public enum Polarity {
    COOPERATION("cooperation", "#1b7f3b"),
    CONFLICT("conflict", "#c62828");

    private final String label;
    private final String color;

    Polarity(String label, String color) {
        this.label = label;
        this.color = color;
    }

    /** The word the queries use, {@code cooperation} or {@code conflict}. */
    public String label() {
        return label;
    }

    /** The colour every export draws this polarity in, as {@code #rrggbb}. */
    public String color() {
        return color;
    }

    /** The polarity a query wrote as {@code word}, or null when it is neither word. */
    public static Polarity fromLabel(String word) {
        for (Polarity polarity : values()) {
            if (polarity.label.equals(word)) {
                return polarity;
            }
        }
        return null;
    }
}
