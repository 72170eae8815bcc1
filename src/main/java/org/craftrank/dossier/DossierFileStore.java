package org.craftrank.dossier;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.craftrank.dossier.store.BlobStore;
import org.craftrank.dossier.store.ChunkedAead;
import org.craftrank.dossier.store.EncryptedFiles;
import org.craftrank.dossier.store.FolderBlobStore;
import org.craftrank.security.pii.PersonalDataCipher;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.file.Path;

/** Builds the file store the configuration names, encrypting with the key derived from the personal-data key. */
@ApplicationScoped
public class DossierFileStore {

    private static final Logger LOG = Logger.getLogger(DossierFileStore.class);

    @Produces
    @Singleton
    EncryptedFiles files(FilesConfig config, PersonalDataCipher cipher,
                         @ConfigProperty(name = "craftrank.data-dir") String dataDir) {
        BlobStore blobs = switch (config.store()) {
            case "folder" -> new FolderBlobStore(Path.of(config.dir().orElse(Path.of(dataDir, "files").toString())));
            default -> throw new IllegalStateException("craftrank.files.store must be 'folder' or 's3', not '"
                    + config.store() + "'");
        };
        return new EncryptedFiles(blobs, new ChunkedAead(cipher.fileKey()));
    }

    /** Removes what a crash or a failed request left behind, once at start (its count only is logged). */
    void purgeAtStart(@Observes StartupEvent event, DossierService service) {
        int purged = service.purgeOrphans();
        if (purged > 0) {
            LOG.infof("Removed %d stored dossier objects no dossier names", purged);
        }
    }
}
