package org.craftrank.dossier;

import org.craftrank.dossier.content.FileInspector;
import org.craftrank.model.definition.DossierFileType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileInspectorTest {

    @TempDir
    Path dir;

    private final FileInspector inspector = new FileInspector();

    private FileInspector.Inspection inspect(byte[] bytes) throws IOException {
        Path f = Files.write(dir.resolve("upload-" + System.nanoTime() + ".bin"), bytes);
        return inspector.inspect(f);
    }

    @Test
    void recognisesEachTypeFromItsBytes() throws IOException {
        assertEquals(DossierFileType.PDF, inspect(TestFiles.pdf("hello")).type());
        assertEquals(DossierFileType.JPEG, inspect(TestFiles.jpeg(40, 30)).type());
        assertEquals(DossierFileType.PNG, inspect(TestFiles.png(40, 30)).type());
        assertEquals(DossierFileType.MP4, inspect(TestFiles.mp4(1000)).type());
        assertTrue(inspect(TestFiles.pdf("hello")).accepted());
    }

    @Test
    void refusesWhatAReaderShouldNotOpenNamingTheRule() throws IOException {
        assertEquals("not-empty", inspect(new byte[0]).refusal().rule());
        assertEquals("file-type", inspect("just text, named .pdf".getBytes(StandardCharsets.UTF_8)).refusal().rule());
        assertEquals("file-type", inspect(new byte[] {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0, 0, 0}).refusal().rule());
        assertEquals("pdf-incomplete", inspect(TestFiles.truncatedPdf()).refusal().rule());
        assertEquals("pdf-encrypted", inspect(TestFiles.pdf("secret", TestFiles.Kind.ENCRYPTED)).refusal().rule());
        assertEquals("pdf-javascript", inspect(TestFiles.pdf("script", TestFiles.Kind.JAVASCRIPT)).refusal().rule());
    }
}
