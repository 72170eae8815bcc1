package org.craftrank.dossier.store;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * A real S3-protocol server in the test JVM: S3Proxy (Jetty, the S3 REST API with SigV4 authentication) over jclouds'
 * filesystem backend in a folder. It keeps its port across {@link #stop()} and {@link #start()}, so a test can make
 * the store unreachable and bring it back.
 */
public final class S3TestServer implements AutoCloseable {

    public static final String IDENTITY = "craftrank-test";
    public static final String CREDENTIAL = "craftrank-test-secret";

    private final Path dir;
    private final int port;
    private S3Proxy proxy;
    private BlobStoreContext context;

    public S3TestServer(Path dir) throws IOException {
        this.dir = dir;
        try (ServerSocket s = new ServerSocket(0)) {
            this.port = s.getLocalPort();
        }
    }

    public S3TestServer start() throws Exception {
        Properties p = new Properties();
        p.setProperty("jclouds.filesystem.basedir", dir.toString());
        context = ContextBuilder.newBuilder("filesystem").credentials(IDENTITY, CREDENTIAL).overrides(p)
                .build(BlobStoreContext.class);
        proxy = S3Proxy.builder().blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, IDENTITY, CREDENTIAL)
                .build();
        proxy.start();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
            }
            Thread.sleep(5);
        }
        return this;
    }

    public void stop() throws Exception {
        if (proxy != null) {
            proxy.stop();
            proxy = null;
        }
        if (context != null) {
            context.close();
            context = null;
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public Path dir() {
        return dir;
    }

    /** An adapter on this server's bucket, as an instance of the service would build it. */
    public S3BlobStore store(String bucket) {
        return new S3BlobStore(settings(endpoint(), bucket));
    }

    public static S3BlobStore.Settings settings(URI endpoint, String bucket) {
        return new S3BlobStore.Settings(Optional.of(endpoint), "us-east-1", bucket, "dossier/", true,
                Optional.of(IDENTITY), Optional.of(CREDENTIAL), Optional.empty(), Duration.ofSeconds(2),
                Duration.ofSeconds(10));
    }

    @Override
    public void close() throws Exception {
        stop();
    }
}
