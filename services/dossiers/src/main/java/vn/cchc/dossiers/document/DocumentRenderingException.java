package vn.cchc.dossiers.document;

/** A form could not be rendered (I/O or PDF/XLSX library failure). */
public class DocumentRenderingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DocumentRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
