package org.craftrank.dossier.store;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The production store: one object per file in a bucket of any S3-compatible object store (AWS S3, MinIO, Ceph,
 * and the S3 interfaces of the object stores Chinese deployments use), through the AWS SDK v2 client.
 *
 * <p><b>Encryption is client-side</b>: what reaches this class is already AES-GCM ciphertext ({@link EncryptedFiles}),
 * so the bucket and its operator never see a plain file; server-side encryption ({@code x-amz-server-side-encryption},
 * e.g. {@code AES256}) may be asked for on top of it.
 *
 * <p>S3 writes an object whole or not at all (a PUT that fails or is cut off stores nothing), so {@link #put} needs no
 * temporary name. Objects live under a prefix, so the bucket may hold other things and the orphan purge lists only
 * ours. Failures to reach the store become {@link StoreUnavailableException} (the service answers 503); a missing
 * object becomes {@link NoSuchFileException} like the folder store's.
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{7,99}");

    /** How to reach the bucket; see {@code craftrank.files.s3.*}. */
    public record Settings(Optional<URI> endpoint, String region, String bucket, String prefix, boolean pathStyle,
                           Optional<String> accessKeyId, Optional<String> secretAccessKey,
                           Optional<String> serverSideEncryption, Duration connectTimeout, Duration readTimeout) {
    }

    private final S3Client client;
    private final S3Client putClient;
    private final String bucket;
    private final String prefix;
    private final Optional<ServerSideEncryption> sse;

    public S3BlobStore(Settings s) {
        this.client = builder(s).build();
        // A PUT streams a one-pass source (the encryption of the upload), which cannot be rewound for a retry: the
        // caller gets the failure at once instead, and nothing is stored.
        this.putClient = builder(s).overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
        this.bucket = s.bucket();
        this.prefix = s.prefix().isEmpty() || s.prefix().endsWith("/") ? s.prefix() : s.prefix() + "/";
        this.sse = s.serverSideEncryption().filter(v -> !v.isBlank()).map(ServerSideEncryption::fromValue);
    }

    private static S3ClientBuilder builder(Settings s) {
        AwsCredentialsProvider credentials = s.accessKeyId().isPresent() && s.secretAccessKey().isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(s.accessKeyId().get(),
                s.secretAccessKey().get()))
                : DefaultCredentialsProvider.builder().build();
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(s.connectTimeout()).socketTimeout(s.readTimeout()))
                .region(Region.of(s.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(s.pathStyle())
                // Checksums only where S3 demands them: the SDK's default trailing CRC checksums (aws-chunked with
                // trailers) are not understood by many S3-compatible stores, and AES-GCM already authenticates
                // every chunk end to end.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        s.endpoint().ifPresent(builder::endpointOverride);
        return builder;
    }

    public String bucket() {
        return bucket;
    }

    @Override
    public void put(String key, InputStream in, long length) throws IOException {
        PutObjectRequest.Builder request = PutObjectRequest.builder().bucket(bucket).key(objectName(key))
                .contentLength(length).contentType("application/octet-stream");
        sse.ifPresent(request::serverSideEncryption);
        try {
            // The body is streamed with its length known up front; the SDK keeps at most 128 KiB for a retry.
            putClient.putObject(request.build(), RequestBody.fromInputStream(in, length));
        } catch (SdkException e) {
            throw unavailable("store", e);
        }
    }

    @Override
    public InputStream open(String key, long offset) throws IOException {
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(bucket).key(objectName(key));
        if (offset > 0) {
            request.range("bytes=" + offset + "-");
        }
        try {
            return client.getObject(request.build());
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new NoSuchFileException(key);
            }
            throw unavailable("read", e);
        } catch (SdkException e) {
            throw unavailable("read", e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            client.deleteObject(r -> r.bucket(bucket).key(objectName(key)));
        } catch (SdkException e) {
            throw unavailable("delete", e);
        }
    }

    @Override
    public List<Blob> list() throws IOException {
        List<Blob> out = new ArrayList<>();
        try {
            for (S3Object o : client.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(bucket)
                    .prefix(prefix).build()).contents()) {
                String name = o.key().substring(prefix.length());
                if (KEY.matcher(name).matches()) {
                    out.add(new Blob(name, o.lastModified()));
                }
            }
        } catch (SdkException e) {
            throw unavailable("list", e);
        }
        return out;
    }

    /** Creates the bucket if it is missing (tests and first runs against a fresh store; production has one). */
    public void createBucketIfMissing() throws IOException {
        try {
            client.headBucket(r -> r.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw unavailable("check the bucket", e);
            }
            try {
                client.createBucket(r -> r.bucket(bucket));
            } catch (SdkException c) {
                throw unavailable("create the bucket", c);
            }
        } catch (SdkException e) {
            throw unavailable("check the bucket", e);
        }
    }

    @Override
    public void close() {
        client.close();
        putClient.close();
    }

    private String objectName(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a storage key");
        }
        return prefix + key;
    }

    /** Names the operation and the kind of failure, never a key, a credential or the SDK's text. */
    private StoreUnavailableException unavailable(String operation, SdkException e) {
        String why = e instanceof S3Exception s3 ? "the object store answered " + s3.statusCode()
                + (s3.awsErrorDetails() != null && s3.awsErrorDetails().errorCode() != null
                ? " " + s3.awsErrorDetails().errorCode() : "")
                : e instanceof SdkClientException ? "the object store could not be reached" : "the object store failed";
        return new StoreUnavailableException("could not " + operation + " a file in bucket " + bucket + ": " + why, e);
    }
}
