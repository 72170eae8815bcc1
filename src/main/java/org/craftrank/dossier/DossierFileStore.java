package org.craftrank.dossier;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.craftrank.dossier.store.BlobStore;
import org.craftrank.dossier.store.ChunkedAead;
import org.craftrank.dossier.store.EncryptedFiles;
import org.craftrank.dossier.store.FolderBlobStore;
import org.craftrank.dossier.store.S3BlobStore;
import org.craftrank.security.pii.PersonalDataCipher;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Builds the file store the configuration names, encrypting with the key derived from the personal-data key.
 * Either way the store holds only ciphertext: encryption happens here, on the client side, before the bytes leave.
 */
@ApplicationScoped
public class DossierFileStore {

    private static final Logger LOG = Logger.getLogger(DossierFileStore.class);

    @Produces
    @Singleton
    EncryptedFiles files(FilesConfig config, PersonalDataCipher cipher,
                         @ConfigProperty(name = "craftrank.data-dir") String dataDir) {
        BlobStore blobs = switch (config.store()) {
            case "folder" -> new FolderBlobStore(Path.of(config.dir().orElse(Path.of(dataDir, "files").toString())));
            case "s3" -> s3(config.s3());
            default -> throw new IllegalStateException("craftrank.files.store must be 'folder' or 's3', not '"
                    + config.store() + "'");
        };
        return new EncryptedFiles(blobs, new ChunkedAead(cipher.fileKey()));
    }

    void close(@Disposes EncryptedFiles files) {
        if (files.blobs() instanceof S3BlobStore s3) {
            s3.close();
        }
    }

    private static S3BlobStore s3(FilesConfig.S3 c) {
        String bucket = c.bucket().filter(b -> !b.isBlank()).orElseThrow(() -> new IllegalStateException(
                "craftrank.files.s3.bucket: required with craftrank.files.store=s3"));
        if (c.accessKeyId().isPresent() != c.secretAccessKey().isPresent()) {
            throw new IllegalStateException("craftrank.files.s3.access-key-id and craftrank.files.s3.secret-access-key "
                    + "go together: set both, or neither for the SDK's default credentials");
        }
        S3BlobStore store = new S3BlobStore(new S3BlobStore.Settings(c.endpoint(), c.region(), bucket, c.prefix(),
                c.pathStyle(), c.accessKeyId(), c.secretAccessKey(), c.serverSideEncryption(), c.connectTimeout(),
                c.readTimeout()));
        if (c.createBucket()) {
            try {
                store.createBucketIfMissing();
            } catch (IOException e) {
                LOG.warn("The dossier bucket could not be checked or created: " + e.getMessage());
            }
        }
        LOG.infof("Dossier files go to bucket %s (client-side AES-GCM%s)", bucket,
                c.serverSideEncryption().map(s -> ", server-side " + s).orElse(""));
        return store;
    }

    /** Removes what a crash or a failed request left behind, once at start (its count only is logged). */
    void purgeAtStart(@Observes StartupEvent event, DossierService service) {
        int purged = service.purgeOrphans();
        if (purged > 0) {
            LOG.infof("Removed %d stored dossier objects no dossier names", purged);
        }
    }
}
