package org.workingwin.portal.privacy;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.event.ApplicationStartupEvent;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.workingwin.portal.base.crypto.HealthNoteCipher;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;

/**
 * Brings every encrypted column to the keyset's primary key: plaintext written before encryption came in
 * is sealed, and values sealed under an older key are opened and sealed again. Runs in the background at
 * every start (so an upgrade or a new primary key takes effect without a step), and on an administrator's
 * request on the data protection page. A value that changed while it was being resealed is left for the
 * next run (the update is conditional on the old value), so an edit is never overwritten.
 */
@Singleton
public class NoteReencryption implements ApplicationEventListener<ApplicationStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(NoteReencryption.class);
    private static final int BATCH = 200;

    private final Rows rows;
    private final HealthNoteCipher cipher;
    private final TransactionOperations<Connection> transactions;

    NoteReencryption(Rows rows, HealthNoteCipher cipher, TransactionOperations<Connection> transactions) {
        this.rows = rows;
        this.cipher = cipher;
        this.transactions = transactions;
    }

    /** An administrator's run; returns how many values were (re)encrypted. */
    public int run(SignedInUser admin) {
        NotAllowedException.requireRole(admin, Role.ADMIN);
        return all();
    }

    /** Every sealed column, batch by batch, each batch in its own transaction; returns how many were resealed. */
    public int all() {
        int done = 0;
        for (PersonalData.Sealed column : PersonalData.SEALED) {
            long after = 0;
            while (true) {
                long from = after;
                Batch batch = transactions.executeWrite(status -> batch(column, from));
                done += batch.resealed();
                if (batch.lastId() < 0) {
                    break;
                }
                after = batch.lastId();
            }
        }
        return done;
    }

    record Batch(long lastId, int resealed) {
    }

    private Batch batch(PersonalData.Sealed column, long after) {
        List<Map<String, Object>> page = rows.query("SELECT id, " + column.column() + " AS v FROM " + column.table()
                + " WHERE id > ? AND " + column.column() + " IS NOT NULL ORDER BY id LIMIT " + BATCH, after);
        int resealed = 0;
        for (Map<String, Object> row : page) {
            long id = ((Number) row.get("id")).longValue();
            String stored = (String) row.get("v");
            if (cipher.needsResealing(stored)) {
                String sealed = cipher.seal(cipher.open(stored, column.table(), column.column(), id), column.table(),
                        column.column(), id);
                resealed += rows.update("UPDATE " + column.table() + " SET " + column.column() + " = ? WHERE id = ? AND "
                        + column.column() + " = ?", sealed, id, stored);
            }
        }
        return new Batch(page.size() < BATCH ? -1 : ((Number) page.getLast().get("id")).longValue(), resealed);
    }

    @Override
    public void onApplicationEvent(ApplicationStartupEvent event) {
        Thread.ofVirtual().name("note-reencryption").start(() -> {
            try {
                int count = all();
                if (count > 0) {
                    LOG.info("Encrypted {} health note value(s) under the current primary key", count);
                }
            } catch (RuntimeException e) {
                LOG.error("Re-encrypting health notes stopped; it runs again at the next start or from the "
                        + "data protection page", e);
            }
        });
    }
}
