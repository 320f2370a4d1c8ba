package org.entente.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** What a command prints while it runs in this JVM: standard output or standard error, restored afterwards. */
final class ConsoleCapture {
    private ConsoleCapture() {
    }

    static String out(Runnable action) {
        return capture(action, () -> System.out, System::setOut);
    }

    static String err(Runnable action) {
        return capture(action, () -> System.err, System::setErr);
    }

    private static String capture(Runnable action, Supplier<PrintStream> current, Consumer<PrintStream> set) {
        PrintStream old = current.get();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        set.accept(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            set.accept(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
