package org.craftrank.dossier.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The embedded store: one file per object in a folder (two levels of fan-out by key prefix). A write goes to a
 * temporary file in the same folder tree, is forced to disk, and is then renamed into place atomically, so a crash
 * or a failed upload never leaves a half-written object under a real key (a left-over temporary file is removed by
 * the orphan purge, which also lists it).
 */
public final class FolderBlobStore implements BlobStore {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{7,99}");
    static final String TMP_SUFFIX = ".part";

    private final Path root;

    public FolderBlobStore(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    @Override
    public void put(String key, InputStream in, long length) throws IOException {
        Path target = pathOf(key);
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(key + "." + UUID.randomUUID() + TMP_SUFFIX);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                long copied = in.transferTo(out);
                if (copied != length) {
                    throw new IOException("expected " + length + " bytes, got " + copied);
                }
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    @Override
    public InputStream open(String key, long offset) throws IOException {
        Path file = pathOf(key);
        if (!Files.exists(file)) {
            throw new NoSuchFileException(key);
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(offset);
        return Channels.newInputStream(channel);
    }

    /** Also takes the name of a left-over temporary file as {@link #list} shows it. */
    @Override
    public void delete(String key) throws IOException {
        if (key.endsWith(TMP_SUFFIX)) {
            String real = key.substring(0, key.indexOf('.'));
            Path tmp = pathOf(real).resolveSibling(key);
            if (!tmp.getFileName().toString().equals(key)) {
                throw new IllegalArgumentException("not a storage key");
            }
            Files.deleteIfExists(tmp);
        } else {
            Files.deleteIfExists(pathOf(key));
        }
    }

    @Override
    public List<Blob> list() throws IOException {
        List<Blob> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(root, 3)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                out.add(new Blob(name, Files.getLastModifiedTime(f).toInstant()));
            }
        }
        return out;
    }

    private Path pathOf(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a storage key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }
}
