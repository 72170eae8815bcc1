package org.craftrank.dossier;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Where dossier files are stored. */
@ConfigMapping(prefix = "craftrank.files")
public interface FilesConfig {

    /** {@code folder} (the default: encrypted files under {@link #dir()}) or {@code s3} (encrypted objects in a bucket). */
    @WithDefault("folder")
    String store();

    /** The folder of the embedded store; by default {@code files} in the data folder. */
    Optional<String> dir();

    /** A stored object no row names is removed by the purge once it is older than this (an upload under way is younger). */
    @WithDefault("1H")
    Duration orphanGrace();

    /** The S3-compatible object store, used when {@link #store()} is {@code s3}. */
    S3 s3();

    interface S3 {

        /** The store's address, e.g. {@code https://oss.example.cn} or {@code http://minio:9000}; none for AWS itself. */
        Optional<URI> endpoint();

        /** The region the client signs for; S3-compatible stores usually accept any, e.g. {@code us-east-1}. */
        @WithDefault("us-east-1")
        String region();

        /** The bucket; required with {@code store=s3}. */
        Optional<String> bucket();

        /** Objects are named {@code <prefix><random key>}, so the bucket may be shared with other data. */
        @WithDefault("dossier/")
        String prefix();

        /** Path-style addressing ({@code endpoint/bucket/key}), which most self-hosted stores need. */
        @WithDefault("true")
        boolean pathStyle();

        /** Access key; without both keys the SDK's default chain (environment, profile, instance role) is used. */
        Optional<String> accessKeyId();

        /** Secret key (set it through the environment: {@code CRAFTRANK_FILES_S3_SECRET_ACCESS_KEY}). */
        Optional<String> secretAccessKey();

        /**
         * Server-side encryption asked of the store on top of the client-side AES-GCM every file already has,
         * e.g. {@code AES256}; none by default.
         */
        Optional<String> serverSideEncryption();

        /** Create the bucket at start when it is missing (for tests and first runs; production buckets exist). */
        @WithDefault("false")
        boolean createBucket();

        @WithDefault("5S")
        Duration connectTimeout();

        @WithDefault("60S")
        Duration readTimeout();
    }
}
