package org.craftrank.dossier.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.craftrank.dossier.DossierService;
import org.craftrank.dossier.FileContent;
import org.craftrank.dossier.content.PdfWatermark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a stored file to the response: streamed from the store a chunk at a time (never whole in memory), with
 * single byte ranges ({@code Range: bytes=a-b}, {@code a-}, {@code -n}) as video players and PDF viewers ask for
 * them, or watermarked for an expert (a PDF is then written whole, without ranges).
 */
@ApplicationScoped
public class FileResponses {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private final DossierService service;
    private final PdfWatermark watermark = new PdfWatermark();

    public FileResponses(DossierService service) {
        this.service = service;
    }

    /** @param attachment offer a download rather than showing the file in the page */
    public Response of(FileContent content, String rangeHeader, boolean attachment) {
        String disposition = (attachment ? "attachment" : "inline") + "; filename*=UTF-8''"
                + URLEncoder.encode(content.downloadName(), StandardCharsets.UTF_8).replace("+", "%20");
        if (content.watermarked() && "application/pdf".equals(content.mediaType())) {
            InputStream source = open(content, 0); // before the response starts: an unreachable store is a 503
            StreamingOutput body = out -> stamped(source, content, out);
            return Response.ok(body, content.mediaType()).header("Content-Disposition", disposition)
                    .header("Cache-Control", "no-store").build();
        }
        long size = content.sizeBytes();
        long start = 0;
        long end = size - 1;
        boolean partial = false;
        if (rangeHeader != null && !rangeHeader.isBlank()) {
            Matcher m = RANGE.matcher(rangeHeader.strip());
            if (m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty())) {
                try {
                    if (m.group(1).isEmpty()) {
                        long suffix = Long.parseLong(m.group(2));
                        start = Math.max(0, size - suffix);
                    } else {
                        start = Long.parseLong(m.group(1));
                        if (!m.group(2).isEmpty()) {
                            end = Math.min(end, Long.parseLong(m.group(2)));
                        }
                    }
                } catch (NumberFormatException e) {
                    start = size; // an absurd number is unsatisfiable
                }
                if (start >= size || start > end) {
                    return Response.status(416).header("Content-Range", "bytes */" + size)
                            .header("Accept-Ranges", "bytes").build();
                }
                partial = true;
            }
            // anything else (several ranges, other units) gets the whole file, as RFC 9110 allows
        }
        long from = start;
        long length = end - start + 1;
        InputStream source = open(content, from); // before the response starts: an unreachable store is a 503
        StreamingOutput body = out -> {
            try (InputStream in = source) {
                copy(in, out, length);
            }
        };
        Response.ResponseBuilder r = Response.status(partial ? 206 : 200).entity(body).type(content.mediaType())
                .header("Content-Length", length).header("Accept-Ranges", "bytes")
                .header("Content-Disposition", disposition).header("Cache-Control", "private, no-store");
        if (partial) {
            r.header("Content-Range", "bytes " + start + "-" + end + "/" + size);
        }
        return r.build();
    }

    private InputStream open(FileContent content, long from) {
        try {
            return service.content(content.storageKey(), from);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void stamped(InputStream source, FileContent content, OutputStream out) throws IOException {
        Path tmp = Files.createTempFile("craftrank-wm", ".pdf");
        try {
            try (InputStream in = source;
                 OutputStream file = Files.newOutputStream(tmp)) {
                in.transferTo(file);
            }
            watermark.stamp(tmp, content.watermark(), out);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long left = length;
        while (left > 0) {
            int n = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (n < 0) {
                throw new IOException("the stored file ended early");
            }
            out.write(buf, 0, n);
            left -= n;
        }
    }
}
