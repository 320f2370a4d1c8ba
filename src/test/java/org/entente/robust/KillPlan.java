package org.entente.robust;

import java.util.Random;

/**
 * When to kill one loader run. {@link Mode#STARTUP}: at a random time while the JVM starts and CoreNLP loads;
 * {@link Mode#AFTER_COMMIT}: a random delay after the loader's k-th commit (so while it annotates or writes the next
 * articles); {@link Mode#IN_COMMIT}: as soon as a commit is seen in progress, or right after the k-th commit.
 *
 * <pre>
 * KillPlan plan = KillPlan.random(new Random(42));
 * </pre>
 *
 * @param mode when, relative to the loader's progress
 * @param commits commits to wait for (AFTER_COMMIT, IN_COMMIT)
 * @param delayMillis time to wait after the start (STARTUP) or after that commit (AFTER_COMMIT)
 */
record KillPlan(Mode mode, int commits, long delayMillis) {

    enum Mode { STARTUP, AFTER_COMMIT, IN_COMMIT }

    static KillPlan random(Random random) {
        double r = random.nextDouble();
        if (r < 0.2) {
            return new KillPlan(Mode.STARTUP, 0, 1_000 + random.nextInt(14_000));
        }
        if (r < 0.6) {
            return new KillPlan(Mode.AFTER_COMMIT, 1 + random.nextInt(3), random.nextInt(2_500));
        }
        return new KillPlan(Mode.IN_COMMIT, 1 + random.nextInt(3), 0);
    }

    @Override
    public String toString() {
        return switch (mode) {
            case STARTUP -> "at " + delayMillis + " ms after start";
            case AFTER_COMMIT -> delayMillis + " ms after commit " + commits;
            case IN_COMMIT -> "in or right after commit " + commits;
        };
    }
}
