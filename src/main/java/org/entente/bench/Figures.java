package org.entente.bench;

import java.util.Locale;

/** Number formatting for the bench output: enough significant digits, a dot as decimal mark, no exponent. */
final class Figures {
    private Figures() {
    }

    /** Three significant digits or more: 1234, 123.4 (as 123), 12.3, 1.23, 0.0123. */
    static String num(double value) {
        double abs = Math.abs(value);
        String format;
        if (abs >= 100) {
            format = "%.0f";
        } else if (abs >= 10) {
            format = "%.1f";
        } else if (abs >= 1) {
            format = "%.2f";
        } else if (abs >= 0.01) {
            format = "%.3f";
        } else {
            format = "%.6f";
        }
        return String.format(Locale.ROOT, format, value);
    }

    /** A count with thousands separators: 1,234,567. */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** "1 thread", "2 threads". */
    static String threads(int count) {
        return count + (count == 1 ? " thread" : " threads");
    }
}
