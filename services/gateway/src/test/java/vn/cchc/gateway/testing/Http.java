package vn.cchc.gateway.testing;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;

/** REST Assured with client-side timeouts: a gateway that hangs fails the test instead of blocking it. */
public final class Http {

    private static final RestAssuredConfig CONFIG = RestAssured.config()
            .httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", 5_000)
                    .setParam("http.socket.timeout", 10_000));

    private Http() {}

    public static RequestSpecification given() {
        return RestAssured.given().config(CONFIG);
    }

    /**
     * REST Assured that neither asks for nor decodes a content coding: the test sets {@code Accept-Encoding} itself
     * and reads the bytes as sent.
     */
    public static RequestSpecification givenRaw() {
        return RestAssured.given()
                .config(CONFIG.decoderConfig(
                        io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()));
    }

    public static RequestSpecification givenToken(String token) {
        return given().header("Authorization", "Bearer " + token);
    }
}
