import org.craftrank.dossier.store.*;
import java.io.*;
import java.nio.file.*;
import java.security.*;
import java.util.*;

/**
 * Upload/download through the encrypted folder store vs a raw file copy, 20 MB; the heap while 200 MB stream
 * through. Run by bench/dossier/run.sh; figures in BENCHMARKS.md.
 */
public class StoreBench {
    public static void main(String[] a) throws Exception {
        Path dir = Files.createTempDirectory("dbench");
        byte[] key = new byte[32]; new SecureRandom().nextBytes(key);
        EncryptedFiles files = new EncryptedFiles(new FolderBlobStore(dir.resolve("store")), new ChunkedAead(key));
        Path src = dir.resolve("src.bin");
        byte[] buf = new byte[1 << 20]; Random r = new Random(1);
        try (OutputStream o = Files.newOutputStream(src)) { for (int i = 0; i < 20; i++) { r.nextBytes(buf); o.write(buf); } }
        long size = Files.size(src);
        int reps = 5;
        double[] put = new double[reps], get = new double[reps], copy = new double[reps];
        for (int i = 0; i < reps; i++) {
            String k = files.newKey();
            long t = System.nanoTime();
            try (InputStream in = Files.newInputStream(src)) { files.put(k, in, size); }
            put[i] = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            try (InputStream in = files.open(k, 0)) { in.transferTo(OutputStream.nullOutputStream()); }
            get[i] = (System.nanoTime() - t) / 1e9;
            Path dst = dir.resolve("copy" + i);
            t = System.nanoTime();
            try (FileOutputStream fo = new FileOutputStream(dst.toFile()); InputStream in = Files.newInputStream(src)) {
                in.transferTo(fo); fo.getFD().sync();
            }
            copy[i] = (System.nanoTime() - t) / 1e9;
        }
        System.out.printf("20 MB x %d: encrypt+store (fsync) median %.0f MB/s, decrypt+read median %.0f MB/s, raw copy (fsync) median %.0f MB/s%n",
                reps, 20 / med(put), 20 / med(get), 20 / med(copy));
        // 200 MB streamed through: heap used sampled during the put and the read
        Path big = dir.resolve("big.bin");
        try (OutputStream o = Files.newOutputStream(big)) { for (int i = 0; i < 200; i++) { r.nextBytes(buf); o.write(buf); } }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long base = rt.totalMemory() - rt.freeMemory();
        long[] peak = {0};
        Thread sampler = new Thread(() -> { while (!Thread.currentThread().isInterrupted()) {
            peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory()); try { Thread.sleep(5); } catch (InterruptedException e) { return; } } });
        sampler.start();
        String k = files.newKey();
        try (InputStream in = Files.newInputStream(big)) { files.put(k, in, Files.size(big)); }
        try (InputStream in = files.open(k, 0)) { in.transferTo(OutputStream.nullOutputStream()); }
        sampler.interrupt(); sampler.join();
        System.out.printf("200 MB through put+read with -Xmx64m: heap before %.1f MB, peak %.1f MB%n", base / 1e6, peak[0] / 1e6);
    }
    static double med(double[] x) { double[] c = x.clone(); Arrays.sort(c); return c[c.length / 2]; }
}
