package vn.cchc.dossiers.document;

import java.io.IOException;
import java.io.InputStream;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The bundled DejaVu Serif faces, parsed once. The {@link BaseFont}s are only read after construction
 * (each PDF keeps its own glyph subset), so one instance is shared by concurrent renders.
 */
final class PdfFonts {
    static final String DIR = "/fonts/";
    static final String REGULAR = "DejaVuSerif.ttf";
    static final String BOLD = "DejaVuSerif-Bold.ttf";
    static final String ITALIC = "DejaVuSerif-Italic.ttf";

    final BaseFont regular;
    final BaseFont bold;
    final BaseFont italic;

    private PdfFonts(BaseFont regular, BaseFont bold, BaseFont italic) {
        this.regular = regular;
        this.bold = bold;
        this.italic = italic;
    }

    static PdfFonts load() {
        return new PdfFonts(font(REGULAR), font(BOLD), font(ITALIC));
    }

    private static BaseFont font(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("font resource " + DIR + file + " is missing from the classpath");
            }
            byte[] ttf = in.readAllBytes();
            // Identity-H + embedded: a subset of the TrueType font goes into each PDF with a ToUnicode map,
            // so every Vietnamese letter is drawn from the bundled font and extracts back as text.
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
        } catch (IOException | DocumentException e) {
            throw new DocumentRenderingException("cannot load font " + DIR + file, e);
        }
    }
}
