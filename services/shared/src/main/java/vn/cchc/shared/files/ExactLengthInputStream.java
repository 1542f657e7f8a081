package vn.cchc.shared.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Gives exactly {@code size} bytes of the wrapped stream: fails when it ends early, and when it holds more (checked as
 * the last declared byte is read), so a store never keeps a truncated or an over-long file.
 */
final class ExactLengthInputStream extends FilterInputStream {

    private long remaining;

    ExactLengthInputStream(InputStream in, long size) {
        super(in);
        this.remaining = size;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (remaining == 0) {
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, remaining));
        if (n < 0) {
            throw new IOException("the content ended " + remaining + " bytes before its declared size");
        }
        remaining -= n;
        if (remaining == 0 && in.read() >= 0) {
            throw new IOException("the content is longer than its declared size");
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
    }

    @Override
    public int available() {
        return 0;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
