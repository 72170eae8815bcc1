package org.craftrank.dossier.store;

import java.io.IOException;

/**
 * The file store could not be used just now (an object store that cannot be reached or refuses, a full disk).
 * The service answers 503 and stores nothing; the message names the store and the kind of failure, never a key.
 */
public class StoreUnavailableException extends IOException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
