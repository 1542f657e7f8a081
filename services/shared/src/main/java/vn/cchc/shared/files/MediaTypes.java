package vn.cchc.shared.files;

/** Media types of the files the platform accepts, as Apache Tika names them. */
public final class MediaTypes {
    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv";
    public static final String JSON = "application/json";
    public static final String TEXT = "text/plain";

    private MediaTypes() {}
}
