package org.workingwin.portal.base.validation;

import io.micronaut.data.exceptions.OptimisticLockException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A save that started from an older version of a record than the one now stored: someone else saved
 * in between. Nothing is written; forms keep what was typed and show {@link #getMessage()}, the API
 * answers 409 with {@link #apiMessage()}. Services compare the version the user started from with the
 * stored one, and {@link #guard} turns the database's own check (the {@code @Version} column in the
 * update's WHERE) into this exception for a save that races past the comparison.
 */
public final class ChangedBySomeoneElseException extends RuntimeException {

    private final String thing;
    private final long currentVersion;

    public ChangedBySomeoneElseException(String thing, long currentVersion) {
        super("Someone else changed this " + thing + " while you were editing it. Your changes are still in the"
                + " form: check them against the latest version and save again.");
        this.thing = thing;
        this.currentVersion = currentVersion;
    }

    /** What the API says: the client must read the record again and send its new version. */
    public String apiMessage() {
        return "Someone else changed this " + thing + " since you read it. Read it again, apply your change to"
                + " the latest version and send it with If-Match: \"" + currentVersion + "\"";
    }

    /** The version now stored, which a save must start from. */
    public long currentVersion() {
        return currentVersion;
    }

    /** Refuses the save unless the user started from the stored version. */
    public static void check(String thing, Long startedFrom, Long stored) {
        if (startedFrom == null) {
            throw new IllegalArgumentException("A change of a " + thing + " needs the version it started from");
        }
        if (!Objects.equals(startedFrom, stored)) {
            throw new ChangedBySomeoneElseException(thing, stored == null ? 0 : stored);
        }
    }

    /** Runs an update whose version the database checks, turning its refusal into this exception. */
    public static <T> T guard(String thing, Supplier<Long> storedVersion, Supplier<T> update) {
        try {
            return update.get();
        } catch (OptimisticLockException e) {
            Long stored = storedVersion.get();
            throw new ChangedBySomeoneElseException(thing, stored == null ? 0 : stored);
        }
    }
}
