package vn.cchc.parindex.storage;

import java.io.IOException;
import java.io.InputStream;

/** Where evidence files live; the database keeps only the key. Replaceable by an object store. */
public interface EvidenceStorage {

    /** Stores the bytes durably under a new key and returns it. */
    String put(byte[] content) throws IOException;

    InputStream open(String key) throws IOException;

    void delete(String key);
}
