package app.relay.support;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads an exported workbook back as a spreadsheet program would. */
public final class Workbooks {
    private Workbooks() {
    }

    /** The workbook's parts by name, read through the central directory as spreadsheet programs do. */
    public static Map<String, String> partsOf(byte[] workbook) throws IOException {
        Path file = Files.createTempFile("relay-export", ".xlsx");
        Map<String, String> parts = new HashMap<>();
        try {
            Files.write(file, workbook);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    parts.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } finally {
            Files.delete(file);
        }
        return parts;
    }

    /** The cell texts of the shared strings part, decoded. */
    public static List<String> textsOf(String sharedStrings) throws Exception {
        NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(sharedStrings))).getElementsByTagName("t");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
