package org.workingwin.portal.base.crypto;

/** A stored health note that this keyset cannot decrypt: copied from another row, or its key was removed. */
public class UnreadableNoteException extends RuntimeException {

    public UnreadableNoteException(String message) {
        super(message);
    }
}
