package vn.cchc.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HashesTest {

    @Test
    void sha256OfTextIsItsUtf8BytesDigestInLowerCaseHex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Hashes.sha256Hex("abc"));
        assertEquals(
                Hashes.sha256Hex("Hòa An".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Hashes.sha256Hex("Hòa An"));
    }
}
