package org.craftrank.dossier.content;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.Tika;
import org.craftrank.model.definition.DossierFileType;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Decides what an uploaded file is from its bytes (Apache Tika's magic numbers; the name and the client's
 * Content-Type are never trusted) and refuses PDFs a reader should not open: encrypted ones (the experts could not
 * read them, and the watermark could not be added), ones carrying JavaScript, and incomplete ones. One method per rule.
 */
public final class FileInspector {

    /** Why a file is refused: a rule code and an English detail (the page words the rule itself). */
    public record Refusal(String rule, String detail) {
    }

    /** What the bytes are, or why they are refused. */
    public record Inspection(DossierFileType type, String detectedMediaType, Refusal refusal) {
        public boolean accepted() {
            return refusal == null;
        }
    }

    private static final Tika TIKA = new Tika();

    public Inspection inspect(Path file) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            return refused(null, "not-empty", "the file is empty (0 bytes)");
        }
        String detected;
        try (InputStream in = Files.newInputStream(file)) {
            detected = TIKA.detect(in);
        }
        if ("video/quicktime".equals(detected) && mp4Brand(file)) {
            detected = DossierFileType.MP4.mediaType();
        }
        Optional<DossierFileType> type = DossierFileType.ofMediaType(detected);
        if (type.isEmpty()) {
            return refused(detected, "file-type", "the bytes are " + detected + ", not PDF, JPEG, PNG or MP4");
        }
        if (type.get() == DossierFileType.PDF) {
            Refusal pdf = pdfRefusal(file);
            if (pdf != null) {
                return new Inspection(type.get(), detected, pdf);
            }
        }
        return new Inspection(type.get(), detected, null);
    }

    /** ISO base-media brands browsers play as MP4; Tika's core magic knows only mp41/mp42 and calls the rest QuickTime. */
    private static final java.util.Set<String> MP4_BRANDS = java.util.Set.of("isom", "iso2", "iso4", "iso5", "iso6",
            "mp41", "mp42", "avc1", "M4V ", "dash");

    /** Whether the file starts with an {@code ftyp} box whose major brand is an MP4 one (an Apple "qt  " is not). */
    boolean mp4Brand(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(12);
            return head.length == 12 && new String(head, 4, 4, StandardCharsets.ISO_8859_1).equals("ftyp")
                    && MP4_BRANDS.contains(new String(head, 8, 4, StandardCharsets.ISO_8859_1));
        }
    }

    private static Inspection refused(String detected, String rule, String detail) {
        return new Inspection(null, detected, new Refusal(rule, detail));
    }

    Refusal pdfRefusal(Path file) throws IOException {
        if (!endsWithEofMarker(file)) {
            return new Refusal("pdf-incomplete", "the PDF has no end-of-file marker: it was cut off; upload it again");
        }
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()))) {
            if (doc.isEncrypted()) {
                return encrypted();
            }
            if (carriesJavaScript(doc)) {
                return new Refusal("pdf-javascript", "the PDF carries JavaScript; save it without scripts "
                        + "(e.g. print it to PDF) and upload it again");
            }
            if (doc.getNumberOfPages() == 0) {
                return new Refusal("pdf-unreadable", "the PDF has no pages");
            }
            return null;
        } catch (InvalidPasswordException e) {
            return encrypted();
        } catch (IOException | RuntimeException e) {
            return new Refusal("pdf-unreadable", "the PDF cannot be read; it may be damaged");
        }
    }

    private static Refusal encrypted() {
        return new Refusal("pdf-encrypted", "the PDF is encrypted or password-protected; upload it without a "
                + "password or restrictions");
    }

    /** A complete PDF ends with {@code %%EOF} (perhaps followed by line ends); a cut-off upload does not. */
    boolean endsWithEofMarker(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long len = raf.length();
            int tail = (int) Math.min(1024, len);
            byte[] b = new byte[tail];
            raf.seek(len - tail);
            raf.readFully(b);
            return new String(b, StandardCharsets.ISO_8859_1).contains("%%EOF");
        }
    }

    /**
     * Whether any object of the file is a JavaScript action ({@code /S /JavaScript}) or carries a script
     * ({@code /JS}), or the document names JavaScript in its name tree: wherever a script hides, its dictionary is
     * one of the file's objects.
     */
    boolean carriesJavaScript(PDDocument doc) {
        if (doc.getDocumentCatalog().getNames() != null
                && doc.getDocumentCatalog().getNames().getJavaScript() != null) {
            return true;
        }
        for (COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
            COSObject object = doc.getDocument().getObjectFromPool(key);
            COSBase base = object == null ? null : object.getObject();
            if (base instanceof COSDictionary dict && isScript(dict)) {
                return true;
            }
        }
        return isScript(doc.getDocumentCatalog().getCOSObject());
    }

    private static boolean isScript(COSDictionary dict) {
        if (dict.containsKey(COSName.JS) || COSName.JAVA_SCRIPT.equals(dict.getCOSName(COSName.S))) {
            return true;
        }
        COSBase open = dict.getDictionaryObject(COSName.OPEN_ACTION);
        return open instanceof COSDictionary action && (action.containsKey(COSName.JS)
                || COSName.JAVA_SCRIPT.equals(action.getCOSName(COSName.S)));
    }
}
