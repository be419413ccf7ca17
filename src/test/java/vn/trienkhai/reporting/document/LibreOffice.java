package vn.trienkhai.reporting.document;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * DOCX to PDF through LibreOffice, as an office that opens the file sees it. One {@code soffice} start converts
 * every file given (starting it is most of the time), with a profile of its own so that parallel runs do not lock
 * each other out. A missing {@code soffice} fails the test.
 */
final class LibreOffice {

    static final String BINARY_PROPERTY = "report.render.soffice";
    private static final long TIMEOUT_SECONDS = 180;

    private LibreOffice() {
    }

    /** Fails the calling test, saying what to install, when LibreOffice is not installed. */
    static String requireSoffice() {
        String binary = System.getProperty(BINARY_PROPERTY, "soffice");
        if (!binary.contains(File.separator)) {
            binary = onPath(binary);
        }
        if (binary == null || !Files.isExecutable(Path.of(binary))) {
            fail("LibreOffice (soffice) is needed to render the DOCX reports: install libreoffice-writer-nogui, "
                    + "or point -D" + BINARY_PROPERTY + " at it");
        }
        return binary;
    }

    /** Converts each named DOCX to PDF in {@code directory}; the PDFs by the same names. */
    static Map<String, Path> toPdf(Map<String, byte[]> docxByName, Path directory) throws IOException,
            InterruptedException {
        String soffice = requireSoffice();
        Files.createDirectories(directory);
        Path profile = Files.createTempDirectory("report-render-profile");
        List<String> command = new ArrayList<>(List.of(soffice,
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore", "--nologo",
                "--convert-to", "pdf", "--outdir", directory.toString()));
        Map<String, Path> pdfs = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> docx : docxByName.entrySet()) {
            Path file = directory.resolve(docx.getKey() + ".docx");
            Files.write(file, docx.getValue());
            Files.deleteIfExists(directory.resolve(docx.getKey() + ".pdf"));
            command.add(file.toString());
            pdfs.put(docx.getKey(), directory.resolve(docx.getKey() + ".pdf"));
        }
        Path log = directory.resolve("soffice.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail("soffice did not convert the reports within " + TIMEOUT_SECONDS + " s");
            }
            for (Map.Entry<String, Path> pdf : pdfs.entrySet()) {
                if (!Files.isRegularFile(pdf.getValue())) {
                    fail("soffice (exit " + process.exitValue() + ") wrote no " + pdf.getValue().getFileName() + ": "
                            + Files.readString(log, StandardCharsets.UTF_8));
                }
            }
            return pdfs;
        } finally {
            delete(profile);
        }
    }

    private static String onPath(String name) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(directory, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
