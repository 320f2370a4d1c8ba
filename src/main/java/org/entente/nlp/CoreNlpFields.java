package org.entente.nlp;

import java.lang.reflect.Field;

/**
 * Reads and replaces private fields of CoreNLP's annotators, for the two gates that CoreNLP offers no setting for
 * ({@link TimeExpressionGate}, {@link FineGrainedGate}). A CoreNLP upgrade that renames a field fails loudly here.
 */
final class CoreNlpFields {
    private CoreNlpFields() {
    }

    static Object read(Class<?> owner, String name, Object target) {
        try {
            return field(owner, name).get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + owner.getName() + "." + name, e);
        }
    }

    static void write(Class<?> owner, String name, Object target, Object value) {
        try {
            field(owner, name).set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot set " + owner.getName() + "." + name, e);
        }
    }

    private static Field field(Class<?> owner, String name) {
        try {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("CoreNLP's " + owner.getName() + " has no field " + name
                    + " any more: Entente's gates need updating for this CoreNLP version", e);
        }
    }
}
