package org.betterfactories.site.reuse;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a build may take from an earlier build: the one seam of incremental builds. Every stage asks it for the
 * values it makes from its inputs (a content file read and checked, a rendered body, a page's HTML, a search
 * index entry ...) and gets either a value made now or one made earlier from an equal input, so full and
 * incremental builds run the same stage code. A one-off build uses {@link #NOTHING}, which makes every value and
 * keeps nothing (it never computes a fingerprint); the preview keeps one {@link Memory} across its rebuilds.
 */
public interface Reuse {

    /** A full build: every value is made, nothing is compared or kept. */
    Reuse NOTHING = new Reuse() {
        @Override
        public <T> T remember(String kind, Object key, Supplier<?> fingerprint, Supplier<T> make) {
            return make.get();
        }

        @Override
        public <T> Optional<T> recall(String kind, Object key) {
            return Optional.empty();
        }

        @Override
        public void record(String kind, Object key, Supplier<?> value) {
            // nothing is kept
        }

        @Override
        public void keepOnly(String kind, Collection<?> keys) {
            // nothing is kept
        }
    };

    /**
     * The value of {@code kind}/{@code key}: the one made by an earlier build when its input's fingerprint equals
     * this build's, else made now (and remembered).
     *
     * @param fingerprint everything the value depends on; compared with {@code equals} (after {@code ==})
     */
    <T> T remember(String kind, Object key, Supplier<?> fingerprint, Supplier<T> make);

    /** The value last remembered or recorded under {@code kind}/{@code key}, whatever its input; empty in a full build. */
    <T> Optional<T> recall(String kind, Object key);

    /** Records a value for a later build to {@link #recall} (made only when it will be kept). */
    void record(String kind, Object key, Supplier<?> value);

    /** Forgets the values of {@code kind} whose keys are not in {@code keys} (a deleted file's page). */
    void keepOnly(String kind, Collection<?> keys);

    /** {@code value}, computed on first use only, then the same: for a fingerprint part that many values share. */
    static <T> Supplier<T> once(Supplier<T> value) {
        return new Supplier<>() {
            private T computed;
            private boolean done;

            @Override
            public synchronized T get() {
                if (!done) {
                    computed = value.get();
                    done = true;
                }
                return computed;
            }
        };
    }
}
