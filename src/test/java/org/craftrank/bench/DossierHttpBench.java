package org.craftrank.bench;

import org.craftrank.dossier.store.S3TestServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dossier files over HTTP (issue 20): a file uploaded (multipart, streamed from disk) and downloaded through the
 * packaged service, once with the encrypted folder store and once with the S3 store on S3Proxy, against a raw file
 * copy (with fsync) and a raw S3 PUT/GET of the same bytes to the same S3Proxy in the same run; then a large file
 * (a video) up and down while the service's heap is sampled from /q/metrics and its resident memory from /proc.
 *
 * <p>Arguments: {@code smoke|full outputDir appJar}. Full: 20 MB × 5 and 200 MB; smoke: 2 MB × 1 and 8 MB (checks
 * only that every path runs). Writes {@code outputDir/dossier.md}.
 */
public final class DossierHttpBench {

    static final String ADMIN_PASSWORD = "bench-admin-password";

    public static void main(String[] args) throws Exception {
        boolean smoke = args[0].equals("smoke");
        Path out = Path.of(args[1]);
        Path jar = Path.of(args[2]);
        Files.createDirectories(out);
        int mb = smoke ? 2 : 20;
        int reps = smoke ? 1 : 5;
        int bigMb = smoke ? 8 : 200;
        String heap = System.getProperty("bench.dossierHeap", "-Xmx192m");

        Path work = Files.createTempDirectory(out.toAbsolutePath(), "dossier-");
        Path file = mp4(work.resolve("file.mp4"), mb * 1_000_000L, 1);
        Path big = mp4(work.resolve("big.mp4"), bigMb * 1_000_000L, 2);
        String load0 = loadAverage();
        StringBuilder md = new StringBuilder();
        md.append("## Dossier files over HTTP (").append(smoke ? "smoke" : "full").append(")\n\n");
        md.append("File of ").append(mb).append(" MB (an MP4 into the VIDEO section of the 2025 measures), ").append(reps)
                .append(" repetition(s), medians; service started with `").append(heap).append("`. Load average before: ")
                .append(load0).append(".\n\n| path | upload MB/s | download MB/s |\n|---|---|---|\n");

        try (S3TestServer s3 = new S3TestServer(Files.createDirectories(work.resolve("s3"))).start()) {
            // Baselines in the same run: a raw file copy and a raw S3 PUT/GET of the same bytes
            double[] copy = new double[reps];
            double[] read = new double[reps];
            for (int i = 0; i < reps; i++) {
                Path dst = work.resolve("copy-" + i);
                long t = System.nanoTime();
                try (InputStream in = Files.newInputStream(file); FileOutputStream fo = new FileOutputStream(dst.toFile())) {
                    in.transferTo(fo);
                    fo.getFD().sync();
                }
                copy[i] = secs(t);
                t = System.nanoTime();
                try (InputStream in = Files.newInputStream(dst)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                read[i] = secs(t);
                Files.delete(dst);
            }
            row(md, "raw file copy (fsync) / read", mb, copy, read);
            try (S3Client raw = rawClient(s3.endpoint())) {
                raw.createBucket(b -> b.bucket("raw"));
                double[] put = new double[reps];
                double[] get = new double[reps];
                for (int i = 0; i < reps; i++) {
                    String key = "raw-" + i;
                    long t = System.nanoTime();
                    raw.putObject(r -> r.bucket("raw").key(key), RequestBody.fromFile(file));
                    put[i] = secs(t);
                    t = System.nanoTime();
                    try (InputStream in = raw.getObject(r -> r.bucket("raw").key(key))) {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                    get[i] = secs(t);
                }
                row(md, "raw S3 PUT / GET (SDK v2, S3Proxy, no encryption)", mb, put, get);
            }

            List<String> memory = new ArrayList<>();
            for (String store : List.of("folder", "s3")) {
                Map<String, String> env = new LinkedHashMap<>();
                env.put("CRAFTRANK_DATA_DIR", work.resolve("data-" + store).toString());
                env.put("CRAFTRANK_PII_KEY", "YmVuY2htYXJrLWtleS1iZW5jaG1hcmsta2V5LTEyMzQ=");
                env.put("CRAFTRANK_SECURITY_INITIAL_ADMIN_PASSWORD", ADMIN_PASSWORD);
                env.put("CRAFTRANK_FILES_STORE", store);
                if (store.equals("s3")) {
                    env.put("CRAFTRANK_FILES_S3_ENDPOINT", s3.endpoint().toString());
                    env.put("CRAFTRANK_FILES_S3_BUCKET", "craftrank-bench");
                    env.put("CRAFTRANK_FILES_S3_ACCESS_KEY_ID", S3TestServer.IDENTITY);
                    env.put("CRAFTRANK_FILES_S3_SECRET_ACCESS_KEY", S3TestServer.CREDENTIAL);
                    env.put("CRAFTRANK_FILES_S3_CREATE_BUCKET", "true");
                }
                try (AppProcess app = AppProcess.start(jar, List.of(heap), env, "/q/health/live",
                        out.resolve("dossier-app-" + store + ".log"))) {
                    Http admin = Http.anonymous(app.port).signIn("admin", ADMIN_PASSWORD);
                    String base = candidate(admin);
                    double[] up = new double[reps];
                    double[] down = new double[reps];
                    for (int i = 0; i < reps; i++) {
                        long t = System.nanoTime();
                        long id = upload(admin, base, file);
                        up[i] = secs(t);
                        t = System.nanoTime();
                        long n = download(admin, base, id);
                        down[i] = secs(t);
                        if (n != Files.size(file)) {
                            throw new IllegalStateException("downloaded " + n + " of " + Files.size(file) + " bytes");
                        }
                        delete(admin, base, id);
                    }
                    row(md, "HTTP through the service, " + (store.equals("s3") ? "S3 store (S3Proxy)"
                            : "encrypted folder store"), mb, up, down);

                    // The large file, with the heap sampled from /q/metrics and the RSS from /proc
                    HeapSampler sampler = new HeapSampler(app);
                    double before = sampler.heapMiB();
                    double rssBefore = app.rssMiB();
                    Thread thread = new Thread(sampler);
                    thread.start();
                    long t = System.nanoTime();
                    long id = upload(admin, base, big);
                    double bigUp = secs(t);
                    t = System.nanoTime();
                    long n = download(admin, base, id);
                    double bigDown = secs(t);
                    sampler.stop.set(true);
                    thread.join();
                    if (n != Files.size(big)) {
                        throw new IllegalStateException("downloaded " + n + " of " + Files.size(big) + " bytes");
                    }
                    memory.add(String.format("| %s | %d MB up %.0f MB/s, down %.0f MB/s | %.0f MiB before, %.0f MiB peak "
                                    + "(%d samples) | %.0f MiB before, %.0f MiB peak |", store, bigMb, bigMb / bigUp,
                            bigMb / bigDown, before, sampler.peak.get() / 1048576.0, sampler.samples.get(), rssBefore,
                            Math.max(rssBefore, sampler.peakRss.get() / 1024.0)));
                }
            }
            md.append("\nA ").append(bigMb).append(" MB file up and down through the service (heap used from `/q/metrics` ")
                    .append("every 100 ms, resident memory from `/proc`):\n\n| store | throughput | heap used | RSS |\n")
                    .append("|---|---|---|---|\n");
            memory.forEach(m -> md.append(m).append('\n'));
        }
        md.append("\nLoad average after: ").append(loadAverage()).append(".\n");
        Files.writeString(out.resolve("dossier.md"), md);
        System.out.print(md);
        deleteTree(work);
    }

    private static String candidate(Http admin) {
        long campaign = admin.post("/api/campaigns", Map.of("name", "基准：申报材料传输", "level", "PROVINCIAL",
                "year", 2026, "modelId", "measures-2025"), 201).get("id").asLong();
        String base = "/api/campaigns/" + campaign;
        long unit = admin.post(base + "/units", Map.of("name", "基准推荐单位", "kind", "PROVINCE", "quota", 5), 201)
                .get("id").asLong();
        admin.post(base + "/transitions", Map.of("to", "NOMINATION"), 200);
        Map<String, Object> c = new LinkedHashMap<>();
        String id = CampaignData.idNumber(7);
        c.put("recommendingUnitId", unit);
        c.put("name", "基准候选人");
        c.put("gender", "MALE");
        c.put("idNumber", id);
        c.put("birthYearMonth", id.substring(6, 10) + "-" + id.substring(10, 12));
        c.put("employer", "基准精密制造有限公司");
        c.put("position", "班组长");
        c.put("industry", "制造业");
        c.put("trade", "数控车工");
        c.put("skillLevel", "高级技师");
        c.put("workStart", "2000-07");
        c.put("shopFloorYears", 20);
        c.put("phone", "13900000007");
        long candidate = admin.post(base + "/candidates", c, 201).get("id").asLong();
        return base + "/candidates/" + candidate + "/dossier";
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Multipart upload streamed from the file (the client never holds it whole). */
    private static long upload(Http admin, String base, Path file) throws Exception {
        String boundary = "----craftrank" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"video.mp4\"\r\n"
                + "Content-Type: video/mp4\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        String csrf = csrfToken();
        HttpRequest request = admin.request(base + "/sections/VIDEO/files")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-CSRF-TOKEN", csrf)
                .setHeader("Cookie", admin.authHeader().substring("Cookie: ".length()) + "; csrf-token=" + csrf)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        return Http.expect(r, 201).get("id").asLong();
    }

    private static long download(Http admin, String base, long id) throws Exception {
        HttpResponse<InputStream> r = CLIENT.send(admin.request(base + "/files/" + id + "/content").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = r.body()) {
            if (r.statusCode() != 200) {
                throw new IllegalStateException("download: " + r.statusCode());
            }
            return in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static void delete(Http admin, String base, long id) throws Exception {
        String csrf = csrfToken();
        HttpResponse<String> r = CLIENT.send(admin.request(base + "/files/" + id).header("X-CSRF-TOKEN", csrf)
                .setHeader("Cookie", admin.authHeader().substring("Cookie: ".length()) + "; csrf-token=" + csrf)
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        Http.expect(r, 204);
    }

    /** A token as the CSRF filter issues them (16 random bytes, Base64url); sent as its cookie and its header. */
    private static String csrfToken() {
        byte[] raw = new byte[16];
        new java.security.SecureRandom().nextBytes(raw);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /** Samples jvm_memory_used_bytes{area="heap"} (summed over pools) and VmRSS until stopped. */
    private static final class HeapSampler implements Runnable {
        private static final Pattern HEAP = Pattern.compile("(?m)^jvm_memory_used_bytes\\{area=\"heap\"[^}]*} ([0-9.E+]+)");
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicLong peak = new AtomicLong();
        final AtomicLong peakRss = new AtomicLong();
        final AtomicLong samples = new AtomicLong();
        private final AppProcess app;
        private final HttpRequest metrics;

        HeapSampler(AppProcess app) {
            this.app = app;
            this.metrics = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port + "/q/metrics"))
                    .timeout(Duration.ofSeconds(10)).GET().build();
        }

        double heapMiB() throws Exception {
            return heapBytes() / 1048576.0;
        }

        private long heapBytes() throws Exception {
            String body = CLIENT.send(metrics, HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = HEAP.matcher(body);
            double sum = 0;
            while (m.find()) {
                sum += Double.parseDouble(m.group(1));
            }
            return (long) sum;
        }

        @Override
        public void run() {
            while (!stop.get()) {
                try {
                    peak.accumulateAndGet(heapBytes(), Math::max);
                    peakRss.accumulateAndGet((long) (app.rssMiB() * 1024), Math::max);
                    samples.incrementAndGet();
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // a sample missed under load
                }
            }
        }
    }

    private static S3Client rawClient(URI endpoint) {
        return S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.US_EAST_1).endpointOverride(endpoint).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(S3TestServer.IDENTITY,
                        S3TestServer.CREDENTIAL)))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED).build();
    }

    /** An MP4 (ftyp, then an mdat box) of {@code size} bytes of random payload, written in 1 MiB pieces. */
    private static Path mp4(Path path, long size, long seed) throws IOException {
        Random random = new Random(seed);
        try (OutputStream o = Files.newOutputStream(path)) {
            ByteBuffer h = ByteBuffer.allocate(32);
            h.putInt(24).put("ftypisom".getBytes(StandardCharsets.US_ASCII)).putInt(0x200)
                    .put("isomiso2".getBytes(StandardCharsets.US_ASCII));
            h.putInt((int) (size - 24)).put("mdat".getBytes(StandardCharsets.US_ASCII));
            o.write(h.array());
            byte[] buf = new byte[1 << 20];
            long left = size - 32;
            while (left > 0) {
                random.nextBytes(buf);
                int n = (int) Math.min(buf.length, left);
                o.write(buf, 0, n);
                left -= n;
            }
        }
        return path;
    }

    private static void row(StringBuilder md, String what, int mb, double[] up, double[] down) {
        md.append(String.format("| %s | %.0f | %.0f |%n", what, mb / median(up), mb / median(down)));
    }

    private static double median(double[] x) {
        double[] c = x.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String loadAverage() throws IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + " / " + f[1] + " / " + f[2];
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private DossierHttpBench() {
    }

}
